import { useMemo } from 'react'
import type * as Y from 'yjs'
import { sectionTitle } from '../../../shared/report/reportDoc'
import { usePlanSnapshot } from '../../plan/usePlanSnapshot'
import { readReportOutline } from '../../report/reportOutline'
import { useDocSnapshot } from '../../sync/useDocSnapshot'
import { buildAnchorIndex, type AnchorIndex, type ReportSectionRef } from '../anchorIndex'

const NO_REPORT: ReportSectionRef[] = []

function readReportRefs (doc: Y.Doc): ReportSectionRef[] {
  return readReportOutline(doc).map(entry => ({ id: entry.id, number: entry.number, parentId: entry.parentId, title: sectionTitle(entry.section)?.toString() ?? '' }))
}

/** Current numbers and sections of everything annotated, live from the plan and (once connected) the report. */
export function useAnchorIndex (planDoc: Y.Doc | null, reportDoc: Y.Doc | null): AnchorIndex {
  const plan = usePlanSnapshot(planDoc)
  const report = useDocSnapshot(reportDoc, readReportRefs, NO_REPORT)
  return useMemo(() => buildAnchorIndex(planDoc ? plan : null, reportDoc ? report : null), [planDoc, plan, reportDoc, report])
}
