import { useEffect, useState } from 'react'
import * as Y from 'yjs'
import { reportSections } from '../../shared/report/reportDoc'
import { readReportOutline, type OutlineEntry } from './reportOutline'

/**
 * The numbered section list, rebuilt at most once per frame and only when the
 * structure changes (a section added, removed or moved). Typing in a body or
 * a title does not rebuild it: with 20 people typing, that would re-render the
 * whole report on every keystroke.
 */
export function useReportOutline (doc: Y.Doc): OutlineEntry[] {
  const [outline, setOutline] = useState<OutlineEntry[]>(() => readReportOutline(doc))
  useEffect(() => {
    setOutline(readReportOutline(doc))
    let frame = 0
    const onChange = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
      if (frame || !events.some(event => event.target instanceof Y.Map)) return
      frame = requestAnimationFrame(() => {
        frame = 0
        setOutline(readReportOutline(doc))
      })
    }
    const sections = reportSections(doc)
    sections.observeDeep(onChange)
    return () => {
      sections.unobserveDeep(onChange)
      if (frame) cancelAnimationFrame(frame)
    }
  }, [doc])
  return outline
}
