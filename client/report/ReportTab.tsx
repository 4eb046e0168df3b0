import { useMemo } from 'react'
import { useBoardConnection } from '../board/live/BoardConnection'
import { ReportContext } from './ReportContext'
import { reportStrings } from './reportStrings'
import { ReportWorkspace } from './ReportWorkspace'
import { useGenerationInput } from './useGenerationInput'
import { useReportReady } from './useReportReady'

/** The «Отчёт» tab: the report document, shown once it has arrived, with the plan feeding its generated blocks. */
export function ReportTab () {
  const { board, report, plan, canWrite, me, year } = useBoardConnection()
  const ready = useReportReady(report)
  const input = useGenerationInput(plan?.doc ?? null, year)
  const context = useMemo(() => report ? { reportDoc: report.doc, canWrite, input } : null, [report, canWrite, input])

  if (!report || !ready || !context) return <p className="page-status">{reportStrings.connecting}</p>
  return (
    <ReportContext.Provider value={context}>
      <ReportWorkspace boardId={board.id} connection={report} canWrite={canWrite} me={me} />
    </ReportContext.Provider>
  )
}
