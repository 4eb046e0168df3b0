import { relative } from 'node:path'
import { existsSync } from 'node:fs'
import { Hono } from 'hono'
import { serveStatic } from '@hono/node-server/serve-static'
import { bodyLimit } from 'hono/body-limit'
import { secureHeaders } from 'hono/secure-headers'
import { ErrorCode, errorMessages, type ApiErrorBody } from '../../shared/errors'
import { SYNC_PATH } from '../../shared/protocol/syncPath'
import type { HttpSettings, Services } from './appEnv'
import { DomainError } from '../errors/DomainError'
import { errorStatus } from './errorStatus'
import { isStorageError, storageErrorMessage } from '../storage/storageErrorMessage'
import { HttpError } from './HttpError'
import { auditTrail } from './auditTrail'
import { sameOrigin } from './sameOrigin'
import { auditRoutes } from './routes/auditRoutes'
import { boardRoutes } from './routes/boardRoutes'
import { cliRoute } from './routes/cliRoute'
import { exportRoutes } from './routes/exportRoutes'
import { importRoutes } from './routes/importRoutes'
import { reportImportRoutes } from './routes/reportImportRoutes'
import { reviewRoutes } from './routes/reviewRoutes'
import { planRoutes } from './routes/planRoutes'
import { sessionRoutes } from './routes/sessionRoutes'
import { syncRoute } from './routes/syncRoute'
import type { WebSocketUpgrades } from './webSocketUpgrades'
import { userRoutes } from './routes/userRoutes'

export interface AppOptions {
  /** Built client (dist/client); absent in API-only tests. */
  clientDir: string | null
  log: (message: string) => void
  /** Deployment settings of the HTTP side; defaults suit a plain-HTTP intranet install. */
  settings?: Partial<HttpSettings>
}

/** Word files: far above any real plan (the 60-page sample is under 1 MB); what it unpacks to is bounded in import/zipBounds.ts. */
const maxUploadBytes = 50 * 1024 * 1024

/**
 * The Content-Security-Policy: scripts, styles, fonts and connections from
 * this origin only (the sync WebSocket is same-origin); no inline scripts, no
 * plugins, no framing. Inline style attributes stay allowed: the editor and
 * the table set positions and widths through them.
 */
const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
}

/** Word files sent to a board (POST /api/boards/:id/import/report-docx) carry the file bound, as /api/import/ does. */
const boardImportPath = /^\/api\/boards\/[^/]+\/import\//

export function createApp (services: Services, upgrades: WebSocketUpgrades, options: AppOptions) {
  const app = new Hono()
  const settings: HttpSettings = { secureCookies: false, trustProxy: false, ...options.settings }

  // Every answer, API and client files alike: only the app's own scripts run, no page may frame it.
  app.use('*', secureHeaders({
    contentSecurityPolicy: contentSecurityPolicy,
    xFrameOptions: 'DENY',
    referrerPolicy: 'same-origin',
    // HSTS only where the operator said the site is HTTPS: on a plain-HTTP intranet it would mean nothing.
    strictTransportSecurity: settings.secureCookies ? 'max-age=15552000' : false,
  }))
  // State-changing requests from another site's page are refused (Origin check).
  app.use('/api/*', sameOrigin())
  // Bounds on what a request may make the server hold in memory: Word files up
  // to 50 MB, everything else 5 MB. The CLI (loopback, token) carries whole backups.
  const tooLarge = () => { throw new HttpError(400, ErrorCode.validation, 'Слишком большой запрос.') }
  // An upload over the bound is 413 (too_large); JSON bodies keep the 400 scripts have seen.
  const fileTooLarge = () => { throw new HttpError(413, ErrorCode.tooLarge, `Файл больше ${maxUploadBytes / 1024 / 1024} МБ: такой файл не загружается.`) }
  const fileLimit = bodyLimit({ maxSize: maxUploadBytes, onError: fileTooLarge })
  const jsonLimit = bodyLimit({ maxSize: 5 * 1024 * 1024, onError: tooLarge })
  app.use('/api/*', (c, next) => {
    if (c.req.path.startsWith('/api/cli')) return next()
    return (c.req.path.startsWith('/api/import/') || boardImportPath.test(c.req.path) ? fileLimit : jsonLimit)(c, next)
  })

  app.use('/api/*', auditTrail(services.audit, settings.trustProxy))

  // 503 while documents cannot be written: the server still serves, but nothing new is durable (shared/storageHealth.ts).
  app.get('/api/health', c => {
    const storage = services.hub.storageReport()
    return c.json({ ok: storage.ok, storage }, storage.ok ? 200 : 503)
  })
  app.route('/api/session', sessionRoutes(services, settings))
  app.route('/api/users', userRoutes(services))
  app.route('/api/audit', auditRoutes(services))
  app.route('/api/boards', boardRoutes(services))
  app.route('/api/boards', planRoutes(services))
  app.route('/api/boards', exportRoutes(services))
  app.route('/api/boards', reviewRoutes(services))
  app.route('/api/boards', reportImportRoutes(services))
  app.route(SYNC_PATH, syncRoute(services, upgrades))
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
      const body: ApiErrorBody = { error: { ...error.details, code: error.code, message: error.message } }
      return c.json(body, error.status)
    }
    if (error instanceof DomainError) {
      // A damaged document is expected to be reported, but the operator needs its details too.
      if (error.code === ErrorCode.internal) options.log(`${c.req.method} ${c.req.path}: ${error.message}`)
      const body: ApiErrorBody = { error: { ...error.details, code: error.code, message: error.message } }
      return c.json(body, errorStatus[error.code])
    }
    if (isStorageError(error)) {
      // The disk refused a write (full, read-only): nothing of the request was kept. Said once per
      // episode by StorageHealth for documents; a line per request here, without a stack, for the rest.
      options.log(`${c.req.method} ${c.req.path} не выполнен: ${storageErrorMessage(error)} (${String(error)})`)
      const body: ApiErrorBody = { error: { code: ErrorCode.notSaved, message: errorMessages.not_saved } }
      return c.json(body, errorStatus.not_saved)
    }
    options.log(`Ошибка при обработке ${c.req.method} ${c.req.path}: ${error.stack ?? String(error)}`)
    const body: ApiErrorBody = { error: { code: ErrorCode.internal, message: errorMessages.internal } }
    return c.json(body, 500)
  })

  return app
}
