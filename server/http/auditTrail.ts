import type { Context, MiddlewareHandler } from 'hono'
import { AuditAction } from '../../shared/audit'
import type { AuditLog } from '../audit/AuditLog'
import type { AppEnv } from './appEnv'
import { clientAddress } from './clientAddress'

/**
 * Records in the audit log the REST actions that change who may do what or
 * take data out or back: one table here rather than a call in every route,
 * so a new route is audited by adding a line. Only successful answers are
 * recorded (a refused role change changed nothing). Sign-ins are recorded by
 * the session route itself (it knows failures and limits); the CLI's
 * operations by AdminOps.
 */
interface AuditedRoute {
  method: string
  pattern: RegExp
  action: AuditAction
  details?: (c: Context, match: RegExpMatchArray, body: Record<string, unknown>) => string | undefined
}

const board = '/api/boards/([^/]+)'
const routes: AuditedRoute[] = [
  { method: 'PUT', pattern: new RegExp(`^${board}/members/([^/]+)$`), action: AuditAction.roleChanged, details: (_c, m, body) => `${decodeURIComponent(m[2])}: ${String(body.role)}` },
  { method: 'DELETE', pattern: new RegExp(`^${board}/members/([^/]+)$`), action: AuditAction.memberRemoved, details: (_c, m) => decodeURIComponent(m[2]) },
  { method: 'POST', pattern: new RegExp(`^${board}/review/(submit|agree|reopen)$`), action: AuditAction.reviewState, details: (_c, m, body) => m[2] + (body.override === true ? ' (с открытыми замечаниями)' : '') },
  { method: 'GET', pattern: new RegExp(`^${board}/export$`), action: AuditAction.exported, details: c => `${c.req.query('what') ?? ''} ${c.req.query('format') ?? ''}`.trim() },
  { method: 'POST', pattern: new RegExp(`^${board}/versions/([^/]+)/restore$`), action: AuditAction.versionRestored, details: (_c, m) => `версия ${m[2]}` },
  { method: 'DELETE', pattern: new RegExp(`^${board}/annotations/([^/]+)$`), action: AuditAction.annotationDeleted, details: (_c, m) => `замечание ${m[2]}` },
  { method: 'POST', pattern: /^\/api\/users$/, action: AuditAction.userCreated, details: (_c, _m, body) => `${String(body.login)}${body.isAdmin === true ? ' (администратор)' : ''}` },
  // Which fields changed, never their values: a password must not reach the log.
  { method: 'PATCH', pattern: /^\/api\/users\/([^/]+)$/, action: AuditAction.userChanged, details: (_c, m, body) => `${decodeURIComponent(m[1])}: ${Object.keys(body).map(key => key === 'active' || key === 'isAdmin' ? `${key}=${String(body[key])}` : key).join(', ')}` },
]

export function auditTrail (audit: AuditLog, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next()
    if (c.res.status >= 400) return
    const route = routes.find(r => r.method === c.req.method && r.pattern.test(c.req.path))
    if (!route) return
    const match = c.req.path.match(route.pattern)!
    // The route has read the body already; Hono hands back its cached copy.
    const body = c.req.header('content-type')?.includes('json') ? await c.req.json().catch(() => ({})) as Record<string, unknown> : {}
    const actor = c.get('auth')?.user.login ?? 'unknown'
    void audit.record({
      action: route.action,
      actor,
      address: clientAddress(c, trustProxy),
      target: c.req.path.startsWith('/api/boards/') ? match[1] : undefined,
      details: route.details?.(c, match, body && typeof body === 'object' ? body : {}),
    })
  }
}
