import { Hono } from 'hono'
import type * as Y from 'yjs'
import { parseAcademicYear } from '../../../shared/academicYear'
import { planReadModel } from '../../../shared/plan/planReadModel'
import { readPlan } from '../../../shared/plan/planSnapshot'
import { validatePlan } from '../../../shared/plan/validatePlan'
import { readRegistry } from '../../../shared/registry/registrySnapshot'
import { readReport } from '../../../shared/report/reportSnapshot'
import { reportReadModel } from '../../export/reportReadModel'
import type { AppEnv, Services } from '../appEnv'
import { HttpError } from '../HttpError'
import { requireAuth } from '../requireAuth'

/**
 * Read-only views of a board computed on the server with the shared code:
 * the plan's problems, and the read API for integrations (every member,
 * viewers too, may read the plan and the report as plain JSON).
 */
export function planRoutes (services: Services) {
  const { accounts, boards, hub } = services
  const app = new Hono<AppEnv>()
  app.use('*', requireAuth(accounts))

  const load = async (name: string, what: string): Promise<Y.Doc> => {
    const doc = await hub.snapshot(name)
    if (!doc) throw new HttpError(500, 'internal', `Документ ${what} повреждён на сервере. Обратитесь к администратору.`)
    return doc
  }
  const yearOf = (text: string) => {
    const year = parseAcademicYear(text)
    if (!year.ok) throw HttpError.validation(year.error)
    return year.year
  }

  // The plan's validation problems, by the same rules the client shows inline.
  app.get('/:id/plan/problems', async c => {
    const board = boards.details(c.req.param('id') ?? '', c.get('auth').user)
    const year = yearOf(board.year)
    const plan = readPlan(await load(board.documents.plan, 'плана'))
    return c.json({ problems: validatePlan(plan, year) })
  })

  app.get('/:id/plan', async c => {
    const board = boards.details(c.req.param('id') ?? '', c.get('auth').user)
    return c.json(planReadModel(readPlan(await load(board.documents.plan, 'плана')), yearOf(board.year)))
  })

  app.get('/:id/report', async c => {
    const board = boards.details(c.req.param('id') ?? '', c.get('auth').user)
    const plan = await load(board.documents.plan, 'плана')
    const report = await load(board.documents.report, 'отчёта')
    const planSnapshot = readPlan(plan)
    return c.json(reportReadModel({
      report: readReport(report),
      plan: planSnapshot,
      registry: readRegistry(plan),
      year: yearOf(board.year),
      district: board.district,
      stamp: { kind: 'draft' },
    }))
  })

  return app
}
