import type { ImportedReportCounts } from '../../../shared/report/importedReport'
import { apiRequest, type ApiResult } from '../../api/apiClient'

export interface ReportOutlineLine { number: string; title: string; children: ReportOutlineLine[] }

export interface ReportImportAnswer {
  preview: { title: string[]; outline: ReportOutlineLine[]; counts: ImportedReportCounts; notes: string[] }
  applied: { sections: number; versionName?: string } | null
  /** The summary the CLI prints too. */
  lines: string[]
}

export type ReportImportMode = 'preview' | 'replace' | 'append'

/** Sends the Word file to POST /api/boards/:id/import/report-docx; `preview` changes nothing. */
export function importReportDocxFile (boardId: string, file: File, mode: ReportImportMode): Promise<ApiResult<ReportImportAnswer>> {
  return apiRequest<ReportImportAnswer>('POST', `/api/boards/${encodeURIComponent(boardId)}/import/report-docx?mode=${mode}`, file)
}
