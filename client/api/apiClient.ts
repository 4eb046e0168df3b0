import { ErrorCode, type ApiErrorBody } from '../../shared/errors'
import { strings } from '../strings'
import { notifySessionEnded } from './sessionEvents'

/** An error code of the API, or `network` when the server could not be reached. */
export type ApiErrorCode = ErrorCode | 'network'

export interface ApiError {
  code: ApiErrorCode
  /** Russian, ready to show to the user. */
  message: string
  /** A stale suggestion: the words as they are now. */
  current?: string
}

/** Expected failures are values: callers show `error.message`. */
export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; error: ApiError }

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface ApiRequestOptions {
  /**
   * Whether a 401 means the session has ended (true for every call made while
   * signed in). Signing in and the bootstrap check expect 401 and turn it off.
   */
  sessionRequired?: boolean
}

/** Status 0 stands for "no HTTP response at all". */
const networkStatus = 0

function isApiErrorBody (value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false
  const error = (value as { error: unknown }).error
  return typeof error === 'object' && error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
}

async function readJson (response: Response): Promise<unknown> {
  const text = await response.text()
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/**
 * Calls a JSON endpoint under /api with the session cookie. Never throws:
 * HTTP errors, network failures and unreadable bodies all become `{ ok: false }`.
 * The response body is trusted to match `T` (the server validates its own output).
 */
export async function apiRequest<T> (
  method: HttpMethod,
  path: string,
  body?: unknown,
  options: ApiRequestOptions = {},
): Promise<ApiResult<T>> {
  const sessionRequired = options.sessionRequired ?? true
  let response: Response
  try {
    // A file (Blob) goes as it is; anything else as JSON.
    const isFile = body instanceof Blob
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined
        ? { Accept: 'application/json' }
        : { Accept: 'application/json', 'Content-Type': isFile ? 'application/octet-stream' : 'application/json' },
      body: body === undefined ? undefined : isFile ? body : JSON.stringify(body),
    })
  } catch {
    return { ok: false, status: networkStatus, error: { code: 'network', message: strings.api.network } }
  }

  let payload: unknown
  try {
    payload = await readJson(response)
  } catch {
    // The connection dropped while the body was being read.
    return { ok: false, status: networkStatus, error: { code: 'network', message: strings.api.network } }
  }

  if (response.ok) return { ok: true, data: payload as T }

  const error: ApiError = isApiErrorBody(payload)
    ? { code: payload.error.code, message: payload.error.message, ...(typeof payload.error.current === 'string' ? { current: payload.error.current } : {}) }
    : { code: ErrorCode.internal, message: strings.api.unexpected(response.status) }

  // A wrong password is a 401 too, but it does not end anyone's session.
  if (response.status === 401 && sessionRequired && error.code !== ErrorCode.invalidCredentials) {
    notifySessionEnded()
  }
  return { ok: false, status: response.status, error }
}
