import { ErrorCode, errorMessages } from '../../shared/errors'

/**
 * An expected failure of a service: a stable code from shared/errors.ts and a
 * Russian message for the person. Services know nothing of HTTP or the CLI;
 * http/createApp.ts maps the code to a status, server/cli to an exit code.
 */
export class DomainError extends Error {
  constructor (
    readonly code: ErrorCode,
    message: string = errorMessages[code],
    /** Extra fields of the error body (e.g. a stale suggestion's current words). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'DomainError'
  }

  static validation (message: string): DomainError { return new DomainError(ErrorCode.validation, message) }
  static forbidden (message?: string): DomainError { return new DomainError(ErrorCode.forbidden, message) }
  static notFound (message?: string): DomainError { return new DomainError(ErrorCode.notFound, message) }
  static conflict (message?: string): DomainError { return new DomainError(ErrorCode.conflict, message) }
  /** A stored document could not be read: the request fails, the data stays as it was. */
  static damaged (message: string): DomainError { return new DomainError(ErrorCode.internal, message) }
}
