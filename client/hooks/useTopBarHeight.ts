import { useEffect, useState } from 'react'

/** What stays stuck to the top of the window: the app's top bar, then a board's tabs row with its save state. */
const STICKY_BARS = ['.top-bar', '.board-sticky']

/**
 * The height of what is stuck to the top of the window (the app's top bar and,
 * on a board page, the tabs row with the save state), so a tab's own sticky
 * parts (the plan table's header row, the report's toolbar and outline, the
 * annotations panel) stick just below it while the window scrolls: one
 * scrollbar for the whole page instead of a box scrolling inside it. The bars
 * wrap on narrow screens, so their heights are watched, not assumed.
 * `only` limits it to the first `only` bars (the board's row itself sticks under the top bar alone).
 */
export function useTopBarHeight (only = STICKY_BARS.length): number {
  const [height, setHeight] = useState(0)
  useEffect(() => {
    const bars = STICKY_BARS.slice(0, only)
      .map(selector => document.querySelector<HTMLElement>(selector))
      .filter((bar): bar is HTMLElement => bar !== null && getComputedStyle(bar).position === 'sticky')
    if (bars.length === 0) return
    const update = () => setHeight(bars.reduce((sum, bar) => sum + bar.offsetHeight, 0))
    update()
    const observer = new ResizeObserver(update)
    for (const bar of bars) observer.observe(bar)
    return () => observer.disconnect()
  }, [only])
  return height
}
