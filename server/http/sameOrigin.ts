import { createMiddleware } from 'hono/factory'
import { HttpError } from './HttpError'

/**
 * Refuses state-changing requests that a browser sent from another site's
 * page. Browsers attach Origin to every cross-origin request and to every
 * non-GET fetch; scripts and the CLI send none and are authenticated by their
 * cookie alone. (Hono's csrf() also refuses requests with no Origin and no
 * content type, which would break `DELETE` from scripts.)
 */
export function sameOrigin () {
  return createMiddleware(async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin')
      const site = c.req.header('sec-fetch-site')
      if ((origin && safeHost(origin) !== c.req.header('host')) || site === 'cross-site') {
        throw HttpError.forbidden('Запрос с другого сайта отклонён.')
      }
    }
    await next()
  })
}

/** The host of an Origin header; null for `null` (sandboxed frames, file: pages) and garbage. */
export function safeHost (origin: string): string | null {
  try {
    return new URL(origin).host
  } catch {
    return null
  }
}
