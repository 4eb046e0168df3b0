import { ErrorCode, errorMessages } from '../../shared/errors'

export type HttpStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503

/** The one error type routes throw; `onError` turns it into `{ error: { code, message } }`. */
export class HttpError extends Error {
  constructor (
    readonly status: HttpStatus,
    readonly code: ErrorCode,
    message: string = errorMessages[code],
    /** Extra fields of the error body (e.g. a stale suggestion's current words). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'HttpError'
  }

  static badRequest (message?: string): HttpError { return new HttpError(400, ErrorCode.badRequest, message) }
  static validation (message: string): HttpError { return new HttpError(400, ErrorCode.validation, message) }
  static unauthorized (): HttpError { return new HttpError(401, ErrorCode.unauthorized) }
  static forbidden (message?: string): HttpError { return new HttpError(403, ErrorCode.forbidden, message) }
  static notFound (message?: string): HttpError { return new HttpError(404, ErrorCode.notFound, message) }
  static conflict (message?: string): HttpError { return new HttpError(409, ErrorCode.conflict, message) }
}
