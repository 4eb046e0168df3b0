import type { Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'

/**
 * The address a request came from: the socket's, or — when the operator says a
 * reverse proxy sits in front (PLANERKA_TRUST_PROXY=1) — the first address of
 * X-Forwarded-For. Never trusted by default: anyone can send that header.
 */
export function clientAddress (c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    // Requests made in-process (app.request in tests) have no socket.
    return 'unknown'
  }
}
