import { Hono } from 'hono'
import { canEditContent } from '../../../shared/roles'
import { runImport } from '../../import/runImport'
import type { AppEnv, Services } from '../appEnv'
import { HttpError } from '../HttpError'
import { requireAuth } from '../requireAuth'

/**
 * Word files are read on the server, on a worker with memory and time limits
 * (runImport); the client previews the result and applies it as one change.
 * Only who may edit a plan may import: with `?board=<id>` that board's role,
 * without it (older scripts) an editing role on some board.
 */
export function importRoutes (services: Services) {
  const app = new Hono<AppEnv>()
  app.use('*', requireAuth(services.accounts))

  app.post('/plan-docx', async c => {
    const user = c.get('auth').user
    const boardId = c.req.query('board')
    const mayImport = boardId !== undefined
      ? canEditRole(services.boards.roleOf(user, boardId))
      : user.isAdmin || services.boards.listFor(user).some(board => canEditContent(board.role))
    if (!mayImport) throw HttpError.forbidden('Импортировать план могут владелец и редакторы доски.')
    const bytes = Buffer.from(await c.req.arrayBuffer())
    if (bytes.length === 0) throw HttpError.validation('Файл пустой.')
    const result = await runImport({ kind: 'plan-docx', bytes })
    if (!result.ok) throw HttpError.validation(result.error)
    return c.json({ plan: result.plan })
  })

  return app
}

function canEditRole (role: ReturnType<Services['boards']['roleOf']>): boolean {
  return role !== null && canEditContent(role)
}
