import type { ImportedPlan } from '../../shared/plan/importedPlan'
import { apiRequest, type ApiResult } from './apiClient'

/** Sends a Word file to the server, which reads its plan table; nothing is changed on the board. */
export function importPlanDocxFile (file: File): Promise<ApiResult<{ plan: ImportedPlan }>> {
  return apiRequest<{ plan: ImportedPlan }>('POST', '/api/import/plan-docx', file)
}
