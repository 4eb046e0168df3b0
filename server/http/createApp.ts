import { relative } from 'node:path'
import { existsSync } from 'node:fs'
import { Hono } from 'hono'
import { serveStatic } from '@hono/node-server/serve-static'
import { bodyLimit } from 'hono/body-limit'
import type { UpgradeWebSocket } from 'hono/ws'
import type { WebSocket } from 'ws'
import { ErrorCode, errorMessages, type ApiErrorBody } from '../../shared/errors'
import type { Services } from './appEnv'
import { DomainError } from '../errors/DomainError'
import { errorStatus } from './errorStatus'
import { HttpError } from './HttpError'
import { sameOrigin } from './sameOrigin'
import { boardRoutes } from './routes/boardRoutes'
import { cliRoute } from './routes/cliRoute'
import { exportRoutes } from './routes/exportRoutes'
import { importRoutes } from './routes/importRoutes'
import { reviewRoutes } from './routes/reviewRoutes'
import { planRoutes } from './routes/planRoutes'
import { sessionRoutes } from './routes/sessionRoutes'
import { syncRoute } from './routes/syncRoute'
import { userRoutes } from './routes/userRoutes'

export interface AppOptions {
  /** Built client (dist/client); absent in API-only tests. */
  clientDir: string | null
  log: (message: string) => void
}

export function createApp (services: Services, upgradeWebSocket: UpgradeWebSocket<WebSocket>, options: AppOptions) {
  const app = new Hono()

  // State-changing requests from another site's page are refused (Origin check).
  app.use('/api/*', sameOrigin())
  // Bounds on what a request may make the server hold in memory: Word files up
  // to 50 MB, everything else 5 MB. The CLI (loopback, token) carries whole backups.
  const tooLarge = () => { throw new HttpError(400, ErrorCode.validation, 'Слишком большой запрос.') }
  const fileLimit = bodyLimit({ maxSize: 50 * 1024 * 1024, onError: tooLarge })
  const jsonLimit = bodyLimit({ maxSize: 5 * 1024 * 1024, onError: tooLarge })
  app.use('/api/*', (c, next) => {
    if (c.req.path.startsWith('/api/cli')) return next()
    return (c.req.path.startsWith('/api/import/') ? fileLimit : jsonLimit)(c, next)
  })

  app.get('/api/health', c => c.json({ ok: true }))
  app.route('/api/session', sessionRoutes(services))
  app.route('/api/users', userRoutes(services))
  app.route('/api/boards', boardRoutes(services))
  app.route('/api/boards', planRoutes(services))
  app.route('/api/boards', exportRoutes(services))
  app.route('/api/boards', reviewRoutes(services))
  app.route('/api/sync', syncRoute(services, upgradeWebSocket))
  app.route('/api/cli', cliRoute(services))
  app.route('/api/import', importRoutes(services))
  app.all('/api/*', () => { throw HttpError.notFound('Нет такого адреса API.') })

  if (options.clientDir && existsSync(options.clientDir)) {
    const root = relative(process.cwd(), options.clientDir) || '.'
    app.use('/*', serveStatic({ root }))
    app.get('*', serveStatic({ root, path: 'index.html' }))
  }

  app.onError((error, c) => {
    if (error instanceof HttpError) {
      const body: ApiErrorBody = { error: { code: error.code, message: error.message } }
      return c.json(body, error.status)
    }
    if (error instanceof DomainError) {
      // A damaged document is expected to be reported, but the operator needs its details too.
      if (error.code === ErrorCode.internal) options.log(`${c.req.method} ${c.req.path}: ${error.message}`)
      const body: ApiErrorBody = { error: { code: error.code, message: error.message } }
      return c.json(body, errorStatus[error.code])
    }
    options.log(`Ошибка при обработке ${c.req.method} ${c.req.path}: ${error.stack ?? String(error)}`)
    const body: ApiErrorBody = { error: { code: ErrorCode.internal, message: errorMessages.internal } }
    return c.json(body, 500)
  })

  return app
}
