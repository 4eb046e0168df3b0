/** The annotation endpoints (the server is the only writer of threads). */
import type { AnnotationAnchor, AnnotationThread, Resolution } from '../../shared/review/annotationModel'
import { apiRequest, type ApiResult } from '../api/apiClient'

const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/annotations`
const thread = (boardId: string, threadId: string) => `${base(boardId)}/${encodeURIComponent(threadId)}`

export function createThread (boardId: string, request: { anchor: AnnotationAnchor; quote: string; text: string; suggestion?: string }): Promise<ApiResult<AnnotationThread>> {
  return apiRequest('POST', base(boardId), request)
}

export function replyToThread (boardId: string, threadId: string, text: string): Promise<ApiResult<AnnotationThread>> {
  return apiRequest('POST', `${thread(boardId, threadId)}/replies`, { text })
}

export function resolveThread (boardId: string, threadId: string, resolution?: Resolution): Promise<ApiResult<AnnotationThread>> {
  return apiRequest('POST', `${thread(boardId, threadId)}/resolve`, resolution ? { resolution } : {})
}

export function reopenThread (boardId: string, threadId: string): Promise<ApiResult<AnnotationThread>> {
  return apiRequest('POST', `${thread(boardId, threadId)}/reopen`, {})
}

export function deleteThread (boardId: string, threadId: string): Promise<ApiResult<void>> {
  return apiRequest('DELETE', thread(boardId, threadId))
}

export function getReadMark (boardId: string): Promise<ApiResult<{ lastReadAt: string | null }>> {
  return apiRequest('GET', `${base(boardId)}/read-mark`)
}

export function markRead (boardId: string): Promise<ApiResult<{ lastReadAt: string }>> {
  return apiRequest('POST', `${base(boardId)}/read-mark`, {})
}
