import { useEffect, useState } from 'react'

/**
 * The height of the app's sticky top bar, so a tab's own sticky parts (the
 * plan table's header row, the report's toolbar and outline) stick just below
 * it while the window scrolls: one scrollbar for the whole page instead of a
 * box scrolling inside it. The bar wraps on narrow screens, so its height is
 * watched, not assumed.
 */
export function useTopBarHeight (): number {
  const [height, setHeight] = useState(0)
  useEffect(() => {
    const bar = document.querySelector<HTMLElement>('.top-bar')
    if (!bar || getComputedStyle(bar).position !== 'sticky') return
    const update = () => setHeight(bar.offsetHeight)
    update()
    const observer = new ResizeObserver(update)
    observer.observe(bar)
    return () => observer.disconnect()
  }, [])
  return height
}
