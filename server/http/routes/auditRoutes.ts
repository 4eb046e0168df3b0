import { Hono } from 'hono'
import type { AppEnv, Services } from '../appEnv'
import { requireAdmin, requireAuth } from '../requireAuth'

/** Most events one request returns: a page of the users area, not the whole file (that stays readable as audit.jsonl). */
const MAX_AUDIT_EVENTS = 1000
const DEFAULT_AUDIT_EVENTS = 200

/** GET /api/audit?limit=N: the newest audit events, for administrators only. */
export function auditRoutes (services: Services) {
  const app = new Hono<AppEnv>()
  app.use('*', requireAuth(services.accounts), requireAdmin())
  app.get('/', async c => {
    const asked = Number(c.req.query('limit') ?? DEFAULT_AUDIT_EVENTS)
    const limit = Number.isFinite(asked) && asked > 0 ? Math.min(Math.floor(asked), MAX_AUDIT_EVENTS) : DEFAULT_AUDIT_EVENTS
    return c.json({ events: await services.audit.recent(limit) })
  })
  return app
}
