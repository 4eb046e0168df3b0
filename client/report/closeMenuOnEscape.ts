import type { KeyboardEvent } from 'react'

/**
 * Escape inside an open <details> menu closes it and puts the focus back on its
 * <summary>, so the keyboard is where it was before the menu opened.
 */
export function closeMenuOnEscape (event: KeyboardEvent<HTMLDetailsElement>): void {
  const details = event.currentTarget
  if (event.key !== 'Escape' || !details.open) return
  event.stopPropagation()
  details.open = false
  details.querySelector('summary')?.focus()
}
