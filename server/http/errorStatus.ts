import type { ErrorCode } from '../../shared/errors'
import type { HttpStatus } from './HttpError'

/**
 * The HTTP status of each domain error code — the one place services' failures
 * meet HTTP. Statuses are what scripts saw before domain errors existed.
 */
export const errorStatus: Record<ErrorCode, HttpStatus> = {
  bad_request: 400,
  validation: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  user_deactivated: 403,
  read_only: 403,
  not_found: 404,
  conflict: 409,
  last_owner: 409,
  board_agreed: 409,
  locked: 409,
  stale_suggestion: 409,
  plan_invalid: 409,
  too_large: 413,
  unreadable_file: 422,
  too_many_attempts: 429,
  internal: 500,
  not_saved: 503,
}
