import type { ReactNode } from 'react'
import { useTopBarHeight } from '../../hooks/useTopBarHeight'
import { useReview } from '../ReviewProvider'
import { AnnotationsPanel } from './AnnotationsPanel'

/** The board page with the annotations panel on its right when open, whichever tab is shown. */
export function ReviewLayout ({ children }: { children: ReactNode }) {
  const { panelOpen } = useReview()
  const top = useTopBarHeight()
  return (
    <div className={`review-layout${panelOpen ? ' has-panel' : ''}`} style={{ ['--review-sticky-top' as string]: `${top}px` }}>
      <div className="review-layout__main">{children}</div>
      {panelOpen && <AnnotationsPanel />}
    </div>
  )
}
