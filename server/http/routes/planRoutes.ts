import { Hono } from 'hono'
import { parseAcademicYear } from '../../../shared/academicYear'
import { readPlan } from '../../../shared/plan/planSnapshot'
import { validatePlan } from '../../../shared/plan/validatePlan'
import type { AppEnv, Services } from '../appEnv'
import { HttpError } from '../HttpError'
import { requireAuth } from '../requireAuth'

/** Read-only views of a board's plan computed on the server with the shared code. */
export function planRoutes (services: Services) {
  const { accounts, boards, hub } = services
  const app = new Hono<AppEnv>()
  app.use('*', requireAuth(accounts))

  // The plan's validation problems, by the same rules the client shows inline.
  app.get('/:id/plan/problems', async c => {
    const board = boards.details(c.req.param('id') ?? '', c.get('auth').user)
    const year = parseAcademicYear(board.year)
    if (!year.ok) throw HttpError.validation(year.error)
    const doc = await hub.snapshot(board.documents.plan)
    if (!doc) throw new HttpError(500, 'internal', 'Документ плана повреждён на сервере. Обратитесь к администратору.')
    const plan = readPlan(doc)
    return c.json({ problems: validatePlan(plan, year.year) })
  })

  return app
}
