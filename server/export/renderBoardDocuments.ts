import * as Y from 'yjs'
import { parseAcademicYear } from '../../shared/academicYear'
import { readPlan } from '../../shared/plan/planSnapshot'
import { readRegistry } from '../../shared/registry/registrySnapshot'
import type { GeneratedTable } from '../../shared/report/generatedTable'
import { readReport } from '../../shared/report/reportSnapshot'
import { ReviewState } from '../../shared/review/reviewState'
import type { ExportedFile } from '../admin/exportBoard'
import { DomainError } from '../errors/DomainError'
import type { OpenServices } from '../openServices'
import type { BoardRecord } from '../storage/MetaData'
import type { ExportablePlanColumn } from '../../shared/export/planColumnChoice'
import { exportFileName, type DocumentStamp } from './documentStamp'
import type { PlanColumnKey } from './planTableModel'
import { renderInWorker } from './renderInWorker'

/**
 * The board's documents as files. An agreed board exports its agreed report
 * (the stored state and the generated tables frozen at agreement) and its
 * agreed plan with the fact recorded since, stamped
 * «Согласовано <date>»; any other board exports the live state as «Черновик».
 */
export interface ExportOptions {
  /** Plan columns to print; every column the plan uses when absent. */
  columns?: readonly ExportablePlanColumn[]
}

export async function renderBoardDocuments (s: OpenServices, board: BoardRecord, format: 'docx' | 'pdf' | 'odt', what: 'plan' | 'report' | 'all' | 'timeline', options: ExportOptions = {}): Promise<ExportedFile[]> {
  const year = parseAcademicYear(board.year)
  if (!year.ok) throw DomainError.validation(year.error)
  const { plan, report, frozen, stamp } = await sources(s, board)
  const planSnapshot = readPlan(plan)
  const files: ExportedFile[] = []
  const common = { district: board.district, year: board.year, stamp, settings: board.settings }
  if (what === 'plan' || what === 'all') {
    const columns = options.columns ? ['number', 'title', ...options.columns] as PlanColumnKey[] : undefined
    const kind = format === 'docx' ? 'plan-docx' : format === 'odt' ? 'plan-odt' : 'plan-pdf'
    const bytes = await renderInWorker({ kind, input: { plan: planSnapshot, ...common, columns } })
    files.push({ name: exportFileName('plan', board.district, board.year, format), bytes })
  }
  if (what === 'report' || what === 'all') {
    const input = { report: readReport(report), plan: planSnapshot, registry: readRegistry(plan), year: year.year, district: board.district, stamp, frozen, settings: board.settings }
    const bytes = await renderInWorker({ kind: format === 'docx' ? 'report-docx' : format === 'odt' ? 'report-odt' : 'report-pdf', input })
    files.push({ name: exportFileName('report', board.district, board.year, format), bytes })
  }
  if (what === 'timeline') {
    if (format !== 'pdf') throw DomainError.validation('Таймлайн выгружается только в PDF (--format pdf).')
    files.push({ name: exportFileName('timeline', board.district, board.year, 'pdf'), bytes: await renderInWorker({ kind: 'timeline-pdf', input: { plan: planSnapshot, ...common } }) })
  }
  return files
}

async function sources (s: OpenServices, board: BoardRecord): Promise<{ plan: Y.Doc; report: Y.Doc; frozen?: Record<string, GeneratedTable>; stamp: DocumentStamp }> {
  const agreed = board.review?.state === ReviewState.agreed ? [...board.review.history].reverse().find(e => e.state === ReviewState.agreed) : undefined
  if (agreed?.versionId) {
    const states = await s.versions.store.load(board.id, agreed.versionId)
    if (states) {
      // The agreed plan with the year's fact: its planned columns and structure
      // are locked on the server, so the live plan is the agreed one plus what
      // editors have recorded since. The report is frozen as agreed.
      const plan = await s.hub.snapshot(board.documents.plan)
      if (!plan) throw DomainError.damaged('Документ плана повреждён: выгрузка невозможна.')
      const report = new Y.Doc()
      Y.applyUpdate(report, states.report)
      const frozen = states.frozen ? JSON.parse(states.frozen) as Record<string, GeneratedTable> : undefined
      return { plan, report, frozen, stamp: { kind: 'agreed', agreedAt: new Date(agreed.at), agreedBy: agreed.byName } }
    }
  }
  const plan = await s.hub.snapshot(board.documents.plan)
  const report = await s.hub.snapshot(board.documents.report)
  if (!plan || !report) throw DomainError.damaged('Документы доски повреждены: выгрузка невозможна.')
  return { plan, report, stamp: { kind: 'draft' } }
}
