import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { changeOwnPasswordRequest, loginRequest } from '../../../shared/api'
import { AuditAction } from '../../../shared/audit'
import { ErrorCode } from '../../../shared/errors'
import { SESSION_COOKIE, SESSION_TTL_MS } from '../../auth/sessionToken'
import { SignInLimiter } from '../../auth/SignInLimiter'
import { DomainError } from '../../errors/DomainError'
import { toUserInfo } from '../../services/Accounts'
import type { AppEnv, HttpSettings, Services } from '../appEnv'
import { clientAddress } from '../clientAddress'
import { HttpError } from '../HttpError'
import { readJson } from '../readJson'
import { requireAuth } from '../requireAuth'

export function sessionRoutes (services: Services, settings: HttpSettings) {
  const { accounts, boards, hub, audit } = services
  const limiter = settings.signInLimiter ?? new SignInLimiter()
  const app = new Hono<AppEnv>()

  app.post('/', async c => {
    const request = await readJson(c, loginRequest)
    const address = clientAddress(c, settings.trustProxy)
    const allowed = limiter.check(request.login, address)
    if (!allowed.ok) {
      void audit.record({ action: AuditAction.signInLimited, actor: request.login, address })
      c.header('Retry-After', String(allowed.retryAfterSeconds))
      const minutes = Math.ceil(allowed.retryAfterSeconds / 60)
      throw new HttpError(429, ErrorCode.tooManyAttempts, `Слишком много попыток входа. Повторите через ${minutes} мин.`)
    }
    let signedIn: Awaited<ReturnType<typeof accounts.signIn>>
    try {
      // Session rotation: a session cookie the browser already had (perhaps planted) ends here.
      signedIn = await accounts.signIn(request.login, request.password, getCookie(c, SESSION_COOKIE))
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.invalidCredentials) {
        limiter.failed(request.login, address)
        void audit.record({ action: AuditAction.signInFailed, actor: request.login, address })
      }
      throw error
    }
    limiter.succeeded(request.login)
    void audit.record({ action: AuditAction.signIn, actor: signedIn.user.login, address })
    setCookie(c, SESSION_COOKIE, signedIn.token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
      secure: settings.secureCookies || c.req.header('x-forwarded-proto') === 'https' || new URL(c.req.url).protocol === 'https:',
    })
    return c.json({ user: toUserInfo(signedIn.user) })
  })

  // The app's first question, asked quietly: 200 with `user: null` when nobody is signed in, so a
  // fresh browser's console shows no 401. `GET /api/session` keeps answering 401 for scripts.
  app.get('/current', async c => {
    const signedIn = await accounts.resolveSessionFresh(getCookie(c, SESSION_COOKIE))
    return c.json({ user: signedIn ? toUserInfo(signedIn.user) : null })
  })

  app.use('*', requireAuth(accounts))

  app.get('/', c => c.json({ user: toUserInfo(c.get('auth').user) }))

  app.delete('/', async c => {
    await accounts.signOut(c.get('auth').sessionHash)
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    void audit.record({ action: AuditAction.signOut, actor: c.get('auth').user.login, address: clientAddress(c, settings.trustProxy) })
    // Sign-out takes effect on this session's open connections too.
    hub.reauthorize(principal => boards.accessOf(principal))
    return c.body(null, 204)
  })

  app.put('/password', async c => {
    const request = await readJson(c, changeOwnPasswordRequest)
    const { user, sessionHash } = c.get('auth')
    await accounts.changeOwnPassword(user.login, request.currentPassword, request.newPassword, sessionHash)
    void audit.record({ action: AuditAction.passwordChanged, actor: user.login, target: user.login, address: clientAddress(c, settings.trustProxy) })
    hub.reauthorize(principal => boards.accessOf(principal))
    return c.body(null, 204)
  })

  return app
}
