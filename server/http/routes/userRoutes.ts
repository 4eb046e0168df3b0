import { Hono } from 'hono'
import { createUserRequest, updateUserRequest } from '../../../shared/api'
import type { AppEnv, Services } from '../appEnv'
import { readJson } from '../readJson'
import { requireAdmin, requireAuth } from '../requireAuth'

/** The administrator's users page. */
export function userRoutes (services: Services) {
  const { accounts, boards, hub } = services
  const app = new Hono<AppEnv>()
  app.use('*', requireAuth(accounts), requireAdmin())

  app.get('/', c => c.json({ users: accounts.list() }))

  app.post('/', async c => {
    const user = await accounts.create(await readJson(c, createUserRequest))
    return c.json(user, 201)
  })

  app.patch('/:login', async c => {
    const user = await accounts.update(c.req.param('login'), await readJson(c, updateUserRequest))
    // Deactivation and password resets end open connections at once.
    hub.reauthorize(principal => boards.accessOf(principal))
    return c.json(user)
  })

  return app
}
