import type { AuditEvent } from '../../shared/audit'
import { apiRequest, type ApiResult } from './apiClient'

/** The newest audit events (administrators only). */
export function listAuditEvents (limit = 200): Promise<ApiResult<{ events: AuditEvent[] }>> {
  return apiRequest('GET', `/api/audit?limit=${limit}`)
}
