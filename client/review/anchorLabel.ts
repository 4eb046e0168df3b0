import { fieldLabels, type PlanTextField } from '../../shared/plan/planFields'
import type { AnnotationAnchor } from '../../shared/review/annotationModel'
import type { AnchorIndex } from './anchorIndex'
import { reviewStrings } from './reviewStrings'

/** Long quotes are cut in labels; the thread shows the whole quote where it matters. */
const QUOTE_IN_LABEL = 60

function shortQuote (quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim()
  return text.length > QUOTE_IN_LABEL ? `${text.slice(0, QUOTE_IN_LABEL - 1).trimEnd()}…` : text
}

/** «План 2.3 · Сроки проведения», «Отчёт 3.2: “…”». */
export function anchorLabel (anchor: AnnotationAnchor, quote: string, index: AnchorIndex): string {
  if (anchor.kind === 'plan') {
    const target = index.plan.get(anchor.nodeId)
    if (!target) return reviewStrings.anchor.planGone
    const field = anchor.field && anchor.field in fieldLabels ? fieldLabels[anchor.field as PlanTextField] : null
    return reviewStrings.anchor.plan(target.number, field)
  }
  const target = index.report?.get(anchor.sectionId)
  const short = shortQuote(quote)
  return target ? reviewStrings.anchor.report(target.number, short) : reviewStrings.anchor.reportUnknown(short)
}

/** The top-level section an anchor belongs to, or null when its place is gone or unknown. */
export function anchorSectionKey (anchor: AnnotationAnchor, index: AnchorIndex): string | null {
  if (anchor.kind === 'plan') return index.plan.get(anchor.nodeId)?.sectionKey ?? null
  return index.report?.get(anchor.sectionId)?.sectionKey ?? null
}
