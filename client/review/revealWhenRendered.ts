/**
 * Scrolls to an element that may not exist yet: after switching tabs the plan
 * rows or the report's lazily mounted section editors appear a few frames
 * later. Looks once per frame for a bounded time (a removed row must not
 * keep a loop running), calls `meanwhile` each frame it is still missing
 * (e.g. to scroll its section near so the editor mounts), then briefly marks
 * what it found.
 */
const MAX_FRAMES = 240
const FLASH_MS = 2000

export function revealWhenRendered (find: () => HTMLElement | null, meanwhile?: (frame: number) => void): () => void {
  let frame = 0
  let handle = 0
  const step = () => {
    const element = find()
    if (element) {
      element.scrollIntoView({ block: 'center' })
      element.classList.add('is-annotation-target')
      window.setTimeout(() => element.classList.remove('is-annotation-target'), FLASH_MS)
      return
    }
    meanwhile?.(frame)
    if (++frame < MAX_FRAMES) handle = requestAnimationFrame(step)
  }
  handle = requestAnimationFrame(step)
  return () => cancelAnimationFrame(handle)
}
