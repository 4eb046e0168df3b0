/** Versions of a board: list, save, view, compare and restore. */
import type { PlanSnapshot } from '../../../shared/plan/planSnapshot'
import type { RegistryData } from '../../../shared/registry/registrySnapshot'
import type { GeneratedTable } from '../../../shared/report/generatedTable'
import type { ReportSnapshot } from '../../../shared/report/reportSnapshot'
import type { VersionDiff, VersionInfo } from '../../../shared/review/versionModel'
import { apiRequest, type ApiResult } from '../../api/apiClient'

const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/versions`
const one = (boardId: string, versionId: string) => `${base(boardId)}/${encodeURIComponent(versionId)}`

export interface VersionContent {
  plan: PlanSnapshot
  report: ReportSnapshot
  registry: RegistryData
  /** An agreed version's generated tables as they were agreed, by block key. */
  frozen: Record<string, GeneratedTable> | null
}

export function listVersions (boardId: string): Promise<ApiResult<{ versions: VersionInfo[] }>> {
  return apiRequest('GET', base(boardId))
}

export function saveVersion (boardId: string, name: string): Promise<ApiResult<VersionInfo>> {
  return apiRequest('POST', base(boardId), { name })
}

export function getVersion (boardId: string, versionId: string): Promise<ApiResult<VersionContent>> {
  return apiRequest('GET', one(boardId, versionId))
}

/** `to`: another version's id, or «current» for the live board. */
export function diffVersion (boardId: string, versionId: string, to: string): Promise<ApiResult<VersionDiff>> {
  return apiRequest('GET', `${one(boardId, versionId)}/diff?to=${encodeURIComponent(to)}`)
}

export function restoreVersion (boardId: string, versionId: string): Promise<ApiResult<{ savedBefore: VersionInfo }>> {
  return apiRequest('POST', `${one(boardId, versionId)}/restore`, {})
}
