import type { Page } from 'playwright-core'

/** An interactive element or a piece of text with something else drawn over it. */
export interface CoveredControl {
  /** The element, described for a failure message: tag, test id, text. */
  element: string
  /** What `elementFromPoint` found at its centre instead. */
  coveredBy: string
}

/**
 * Every visible interactive element under `rootSelector`, and every element
 * with words of its own (cell text, validation messages), is scrolled into
 * view (as a person would scroll to reach it) and hit-tested with
 * `document.elementFromPoint` at the centre of its visible part and at the
 * middle of each line of its text: a hit on anything that is not the element,
 * one of its children, or its own label means it is covered (by the comments
 * panel, a sticky bar, a chip, a popover…).
 * Elements clipped away by a scrolling ancestor after the scroll are reported
 * too: the user could not reach them.
 */
export async function coveredControls (page: Page, rootSelector: string): Promise<CoveredControl[]> {
  return page.evaluate(selector => {
    const interactive = 'button, input, select, textarea, a[href], summary, [role="button"], [tabindex]:not([tabindex="-1"]), [data-plan-cell]'
    const describe = (element: Element | null): string => {
      if (!element) return 'nothing (outside the window)'
      const id = element.getAttribute('data-testid')
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : ''
      return `<${element.tagName.toLowerCase()}${id ? ` data-testid="${id}"` : ''}${classes}>${text ? ` «${text}»` : ''}`
    }
    /** The part of the element not clipped by the window or by any ancestor that clips its overflow. */
    const visibleRect = (element: Element) => {
      const rect = element.getBoundingClientRect()
      let left = Math.max(rect.left, 0)
      let top = Math.max(rect.top, 0)
      let right = Math.min(rect.right, window.innerWidth)
      let bottom = Math.min(rect.bottom, window.innerHeight)
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent)
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
        const clip = parent.getBoundingClientRect()
        // Inside a visually hidden box (1 px, for screen readers): not for the eye or the pointer.
        if (clip.width < 4 || clip.height < 4) return null
        if (style.overflowX !== 'visible') { left = Math.max(left, clip.left); right = Math.min(right, clip.right) }
        if (style.overflowY !== 'visible') { top = Math.max(top, clip.top); bottom = Math.min(bottom, clip.bottom) }
      }
      return { left, top, right, bottom }
    }
    const root = document.querySelector(selector)
    if (!root) throw new Error(`${selector} is not on the page`)
    /** Elements that hold words of their own (a cell's text, a validation message, a label). */
    const withText = [...root.querySelectorAll<HTMLElement>('*')].filter(element =>
      [...element.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''))
    const targets = new Set([...root.querySelectorAll<HTMLElement>(interactive), ...withText])
    const found: Array<{ element: string; coveredBy: string }> = []
    const scroll = { x: window.scrollX, y: window.scrollY }
    for (const element of targets) {
      // Option texts live in their select; a closed <details>' body is not shown.
      if (element.closest('select, option, datalist') && element.tagName !== 'SELECT') continue
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
      const own = element.getBoundingClientRect()
      // Visually hidden helpers (1 px, for screen readers) are not for the eye or the pointer.
      if (own.width < 4 || own.height < 4) continue
      element.scrollIntoView({ block: 'center', inline: 'center' })
      const rect = visibleRect(element)
      if (!rect) continue
      if (rect.right - rect.left < 2 || rect.bottom - rect.top < 2) {
        found.push({ element: describe(element), coveredBy: 'clipped: cannot be scrolled into view' })
        continue
      }
      const isControl = element.matches(interactive)
      /** Whatever is at the point is the element (or its own label); words may also let the pointer through to their box. */
      const mine = (x: number, y: number) => {
        const hit = document.elementFromPoint(x, y)
        const label = hit?.closest('label') as HTMLLabelElement | null
        if (hit && (element.contains(hit) || label?.control === element || (!isControl && hit.contains(element)))) return null
        return describe(hit)
      }
      let coveredBy = isControl ? mine((rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2) : null
      // The middle of every line of its own text, each line scrolled to the middle of the window
      // first (a cell taller than the window is read by scrolling through it).
      for (const node of element.childNodes) {
        if (coveredBy || node.nodeType !== Node.TEXT_NODE || node.textContent!.trim() === '') continue
        const range = document.createRange()
        range.selectNodeContents(node)
        const lines = range.getClientRects().length
        for (let index = 0; index < lines && !coveredBy; index++) {
          let line = range.getClientRects()[index]
          if (line.top < window.innerHeight * 0.3 || line.bottom > window.innerHeight * 0.7) {
            window.scrollBy(0, (line.top + line.bottom) / 2 - window.innerHeight / 2)
            line = range.getClientRects()[index]
          }
          const clip = visibleRect(element)
          if (!clip) break
          const x = (Math.max(line.left, clip.left) + Math.min(line.right, clip.right)) / 2
          const y = (line.top + line.bottom) / 2
          if (line.width < 2 || y < clip.top || y > clip.bottom || x < clip.left || x > clip.right) continue
          coveredBy = mine(x, y)
        }
      }
      if (coveredBy) found.push({ element: describe(element), coveredBy })
    }
    window.scrollTo(scroll.x, scroll.y)
    return found
  }, rootSelector)
}
