/**
 * Writes a report read from Word into a board's report document, for the CLI
 * and the REST import alike. Replacing never silently loses what people
 * wrote: when the report already has sections, its state (with the plan) is
 * kept first as a named version, which «Версии» can show and restore.
 */
import { applyImportedReport, ImportMode, type ImportedReport } from '../../shared/report/importedReport'
import { reportChildren } from '../../shared/report/reportDoc'
import { VersionKind } from '../../shared/review/versionModel'
import { DomainError } from '../errors/DomainError'
import type { BoardRecord } from '../storage/MetaData'
import type { SyncHub } from '../sync/SyncHub'
import type { Versions } from './Versions'

export interface ReportImportOutcome {
  sections: number
  /** The version holding the report as it was before a replace, when there was anything to keep. */
  versionName?: string
}

const reportImportText = {
  versionName: (when: string) => `Перед импортом отчёта из Word (${when})`,
  agreed: 'Доска согласована и доступна только для чтения: чтобы импортировать отчёт, её владелец возвращает её на доработку.',
  damaged: 'Документ отчёта повреждён на сервере: импорт не выполнен.',
} as const

export async function importReportIntoBoard (
  services: { hub: SyncHub; versions: Versions },
  board: BoardRecord,
  report: ImportedReport,
  mode: ImportMode,
  by: string,
  options: { keepPrior?: boolean } = {},
): Promise<ReportImportOutcome> {
  if (board.review?.state === 'agreed') throw DomainError.forbidden(reportImportText.agreed)
  const current = await services.hub.snapshot(board.documents.report)
  if (!current) throw DomainError.damaged(reportImportText.damaged)
  let versionName: string | undefined
  if (mode === ImportMode.replace && options.keepPrior !== false && reportChildren(current, null).length > 0) {
    const when = new Date().toLocaleString('ru-RU', { timeZone: 'Europe/Moscow', dateStyle: 'short', timeStyle: 'short' })
    versionName = reportImportText.versionName(when)
    await services.versions.create(board, VersionKind.named, versionName, by)
  }
  let sections = 0
  const parts = await services.hub.change(board.documents.report, (doc) => { sections = applyImportedReport(doc, report, mode) })
  if (!parts) throw DomainError.damaged(reportImportText.damaged)
  await services.versions.recordAuthors(board.id, [by], parts)
  return { sections, versionName }
}

/** The lines the CLI prints and the UI shows after an import: the counts, then the reader's notes. */
export function reportImportSummary (report: ImportedReport, outcome?: ReportImportOutcome): string[] {
  const c = report.counts
  return [
    `Заголовков: ${c.headings}, разделов: ${outcome?.sections ?? c.sections}, подзаголовков в тексте: ${c.subheadings}`,
    `Таблиц: ${c.tables}, ячеек: ${c.cells}, списков: ${c.lists}, подписей: ${c.captions}, сносок: ${c.footnotes}`,
    ...(report.title.length > 0 ? [`Заголовок отчёта: ${report.title.join(' ')}`] : []),
    ...(outcome?.versionName ? [`Прежний отчёт сохранён как версия «${outcome.versionName}»`] : []),
    ...report.notes,
  ]
}
