/** The owner's review workflow: each step answers with the board's details (review state and history included). */
import type { BoardDetails } from '../../../shared/api'
import { apiRequest, type ApiResult } from '../../api/apiClient'

const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/review`

export function submitForReview (boardId: string): Promise<ApiResult<BoardDetails>> {
  return apiRequest('POST', `${base(boardId)}/submit`, {})
}

/** 409 with a Russian message when annotations are open (code conflict) or the plan has errors (code plan_invalid). */
export function agreeBoard (boardId: string, override: boolean): Promise<ApiResult<BoardDetails>> {
  return apiRequest('POST', `${base(boardId)}/agree`, override ? { override: true } : {})
}

export function reopenBoard (boardId: string): Promise<ApiResult<BoardDetails>> {
  return apiRequest('POST', `${base(boardId)}/reopen`, {})
}
