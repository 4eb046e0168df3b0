import { useEffect, useState, type RefObject } from 'react'

/**
 * True once the element has come within `margin` of the viewport, and true
 * from then on. A 60-page report has some twenty section editors; creating
 * them all at once makes opening the tab slow, and tearing one down when it
 * scrolls away would drop its undo history and clear the caret others see.
 */
export function useLazyMount (ref: RefObject<HTMLElement | null>, margin = '800px'): boolean {
  const [near, setNear] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true)
      return
    }
    const observer = new IntersectionObserver(entries => {
      if (entries.some(entry => entry.isIntersecting)) {
        setNear(true)
        observer.disconnect()
      }
    }, { rootMargin: `${margin} 0px` })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, near, margin])
  return near
}
