import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import { SESSION_COOKIE } from '../auth/sessionToken'
import type { Accounts } from '../services/Accounts'
import type { AppEnv } from './appEnv'
import { HttpError } from './HttpError'

/** Every route behind this needs a live session of an active user. */
export function requireAuth (accounts: Accounts) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const signedIn = await accounts.resolveSessionFresh(getCookie(c, SESSION_COOKIE))
    if (!signedIn) throw HttpError.unauthorized()
    c.set('auth', signedIn)
    await next()
  })
}

export function requireAdmin () {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!c.get('auth').user.isAdmin) throw HttpError.forbidden('Это действие доступно только администратору.')
    await next()
  })
}
