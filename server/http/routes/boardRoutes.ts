import { Hono } from 'hono'
import { MEMBER_SEARCH_MAX_LENGTH, createBoardRequest, setMemberRoleRequest } from '../../../shared/api'
import { boardSettingsSchema } from '../../../shared/board/boardSettings'
import type { AppEnv, Services } from '../appEnv'
import { readJson } from '../readJson'
import { requireAdmin, requireAuth } from '../requireAuth'

export function boardRoutes (services: Services) {
  const { accounts, boards, hub } = services
  const app = new Hono<AppEnv>()
  app.use('*', requireAuth(accounts))
  const reauthorize = () => hub.reauthorize(principal => boards.accessOf(principal))

  app.get('/', c => c.json({ boards: boards.listFor(c.get('auth').user) }))

  app.post('/', requireAdmin(), async c => {
    const board = await boards.create(await readJson(c, createBoardRequest), c.get('auth').user)
    return c.json(board, 201)
  })

  app.get('/:id', c => c.json(boards.details(c.req.param('id'), c.get('auth').user)))

  // Document settings (title page, approval block): members read, owners write.
  app.get('/:id/settings', c => c.json(boards.settings(c.req.param('id'), c.get('auth').user)))
  app.put('/:id/settings', async c => {
    const settings = await readJson(c, boardSettingsSchema)
    return c.json(await boards.updateSettings(c.req.param('id'), settings, c.get('auth').user))
  })

  app.delete('/:id', requireAdmin(), async c => {
    await boards.deleteDemo(c.req.param('id'), c.get('auth').user)
    reauthorize()
    return c.body(null, 204)
  })

  app.get('/:id/member-candidates', c => {
    const query = (c.req.query('q') ?? '').slice(0, MEMBER_SEARCH_MAX_LENGTH)
    return c.json({ users: boards.memberCandidates(c.req.param('id'), query, c.get('auth').user) })
  })

  app.put('/:id/members/:login', async c => {
    const { role } = await readJson(c, setMemberRoleRequest)
    const board = await boards.setMember(c.req.param('id'), c.req.param('login'), role, c.get('auth').user)
    reauthorize()
    return c.json(board)
  })

  app.delete('/:id/members/:login', async c => {
    const board = await boards.removeMember(c.req.param('id'), c.req.param('login'), c.get('auth').user)
    reauthorize()
    return c.json(board)
  })

  return app
}
