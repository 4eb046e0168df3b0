/** Focuses the control named `name` in `form` (inputs are named after schema fields). */
export function focusField (form: HTMLFormElement | null, name: string | undefined): void {
  if (form === null || name === undefined) return
  const control = form.elements.namedItem(name)
  if (control instanceof HTMLElement) control.focus()
}
