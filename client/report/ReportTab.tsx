import { useMemo, useState } from 'react'
import { useBoardConnection } from '../board/live/BoardConnection'
import { SuggestModeToggle } from '../review/report/SuggestModeToggle'
import { ReportContext } from './ReportContext'
import { reportStrings } from './reportStrings'
import { ReportWorkspace } from './ReportWorkspace'
import { useGenerationInput } from './useGenerationInput'
import { useReportReady } from './useReportReady'

/**
 * The «Отчёт» tab: the report document, shown once it has arrived, with the
 * plan feeding its generated blocks. An editor may switch to suggestion mode:
 * the text is then read-only for them and a selection offers «Правка», so
 * their changes go to the Council as proposals instead of into the text.
 */
export function ReportTab () {
  const { board, report, plan, canWrite: mayWrite, me, year } = useBoardConnection()
  const [suggesting, setSuggesting] = useState(false)
  const canWrite = mayWrite && !suggesting
  const ready = useReportReady(report)
  const input = useGenerationInput(plan?.doc ?? null, year)
  const context = useMemo(() => report ? { reportDoc: report.doc, canWrite, input } : null, [report, canWrite, input])

  if (!report || !ready || !context) return <p className="page-status">{reportStrings.connecting}</p>
  return (
    <ReportContext.Provider value={context}>
      {mayWrite && <SuggestModeToggle on={suggesting} onChange={setSuggesting} />}
      <ReportWorkspace boardId={board.id} connection={report} canWrite={canWrite} me={me} />
    </ReportContext.Provider>
  )
}
