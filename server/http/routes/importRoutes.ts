import { Hono } from 'hono'
import { importPlanDocx } from '../../import/docxPlan'
import type { AppEnv, Services } from '../appEnv'
import { HttpError } from '../HttpError'
import { requireAuth } from '../requireAuth'

/** Word files are read on the server (mammoth); the client previews the result and applies it as one change. */
export function importRoutes (services: Services) {
  const app = new Hono<AppEnv>()
  app.use('*', requireAuth(services.accounts))

  app.post('/plan-docx', async c => {
    const bytes = Buffer.from(await c.req.arrayBuffer())
    if (bytes.length === 0) throw HttpError.validation('Файл пустой.')
    const result = await importPlanDocx(bytes)
    if (!result.ok) throw HttpError.validation(result.error)
    return c.json({ plan: result.plan })
  })

  return app
}
