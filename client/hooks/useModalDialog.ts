import { useLayoutEffect, useRef, type RefObject } from 'react'

/** What Tab can stop on inside a dialog. */
const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]'

function tabbables (dialog: HTMLDialogElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(el => el.tabIndex >= 0 && el.getClientRects().length > 0)
}

/**
 * A modal <dialog> that behaves as the WAI-ARIA dialog pattern asks: opened
 * with showModal() when it mounts (the page behind becomes inert; Escape
 * fires `cancel`, which the component handles), Tab and Shift+Tab wrap
 * around inside it (the browser alone would let the focus leave to its own
 * toolbar), and when it unmounts the focus goes back to whatever opened it,
 * instead of falling to the top of the page.
 */
export function useModalDialog (): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null)
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    const wrapTab = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.defaultPrevented) return
      const stops = tabbables(dialog)
      if (stops.length === 0) return
      const first = stops[0]
      const last = stops[stops.length - 1]
      const at = document.activeElement
      if (event.shiftKey && (at === first || at === dialog)) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && at === last) {
        event.preventDefault()
        first.focus()
      }
    }
    dialog.addEventListener('keydown', wrapTab)
    return () => {
      dialog.removeEventListener('keydown', wrapTab)
      if (dialog.open) dialog.close()
      if (opener?.isConnected) opener.focus({ preventScroll: true })
    }
  }, [])
  return ref
}
