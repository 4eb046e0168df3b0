import { useEffect, useState } from 'react'

/**
 * The height of the app's sticky top bar, so a tab's own sticky parts (the
 * report's toolbar and outline) stick just below it while the window
 * scrolls. The bar wraps on narrow screens, so its height is watched, not
 * assumed. (client/plan/table/useStickyTop.ts does the same for the plan
 * table; the two can become one.)
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
