/** Names of the parts of the board documents that authorship records (see touchedParts.ts), for the ones a comparison shows. */
import { PLAN_NODES_KEY } from '../plan/planDoc'
import { ReportKey } from '../report/reportDoc'

/** The part name of a plan item or section (see planDoc.ts: every node is a record of `planNodes`). */
export const planPart = (nodeId: string): string => `${PLAN_NODES_KEY}/${nodeId}`
/** The part name of a report section (reportDoc.ts: `reportSections`). */
export const reportSectionPart = (sectionId: string): string => `${ReportKey.sections}/${sectionId}`

/**
 * Whether authorship keeps a part: plan items and report sections, which a
 * comparison attributes. Not other records (a root map that gains a new key
 * at every edit would add a line of authorship per edit).
 */
export function isAttributedPart (part: string): boolean {
  return part.startsWith(`${PLAN_NODES_KEY}/`) || part.startsWith(`${ReportKey.sections}/`)
}
