import { timingSafeEqual } from 'node:crypto'
import { Hono } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'
import { cliRequestSchema } from '../../admin/cliProtocol'
import type { Services } from '../appEnv'
import { HttpError } from '../HttpError'

/**
 * POST /api/cli: the `planerka` command talking to this running server. Two
 * bounds: the request must come from this machine (loopback), and carry the
 * token the server wrote at start into a file only its user can read — so
 * only someone who can read the data folder can act as the administrator here.
 */
export function cliRoute (services: Services) {
  const app = new Hono()
  app.post('/', async c => {
    const address = getConnInfo(c).remote.address ?? ''
    if (!['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(address)) throw HttpError.forbidden('Команды planerka принимаются только с этого компьютера.')
    const given = Buffer.from((c.req.header('authorization') ?? '').replace(/^Bearer /, ''))
    const expected = Buffer.from(services.cliToken)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw HttpError.unauthorized()
    const parsed = cliRequestSchema.safeParse(await c.req.json().catch(() => null))
    if (!parsed.success) throw HttpError.badRequest(`Некорректная команда: ${parsed.error.issues[0]?.message ?? ''}`)
    return c.json(await services.admin.run(parsed.data))
  })
  return app
}
