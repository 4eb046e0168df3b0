import { Hono } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { changeOwnPasswordRequest, loginRequest } from '../../../shared/api'
import { SESSION_COOKIE, SESSION_TTL_MS } from '../../auth/sessionToken'
import { toUserInfo } from '../../services/Accounts'
import type { AppEnv, Services } from '../appEnv'
import { readJson } from '../readJson'
import { requireAuth } from '../requireAuth'

export function sessionRoutes (services: Services) {
  const { accounts, boards, hub } = services
  const app = new Hono<AppEnv>()

  app.post('/', async c => {
    const request = await readJson(c, loginRequest)
    const { token, user } = await accounts.signIn(request.login, request.password)
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
      secure: c.req.header('x-forwarded-proto') === 'https' || new URL(c.req.url).protocol === 'https:',
    })
    return c.json({ user: toUserInfo(user) })
  })

  app.use('*', requireAuth(accounts))

  app.get('/', c => c.json({ user: toUserInfo(c.get('auth').user) }))

  app.delete('/', async c => {
    await accounts.signOut(c.get('auth').sessionHash)
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    // Sign-out takes effect on this session's open connections too.
    hub.reauthorize(principal => boards.accessOf(principal))
    return c.body(null, 204)
  })

  app.put('/password', async c => {
    const request = await readJson(c, changeOwnPasswordRequest)
    const { user, sessionHash } = c.get('auth')
    await accounts.changeOwnPassword(user.login, request.currentPassword, request.newPassword, sessionHash)
    hub.reauthorize(principal => boards.accessOf(principal))
    return c.body(null, 204)
  })

  return app
}
