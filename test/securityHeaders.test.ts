import { afterEach, describe, expect, test } from 'vitest'
import { ErrorCode, type ApiErrorBody } from '../shared/errors'
import { startTestServer, type TestServer } from './helpers/testServer'

let ts: TestServer | undefined
afterEach(async () => { await ts?.stop(); ts = undefined })

describe('security headers', () => {
  test('API answers carry CSP with frame-ancestors none, nosniff, DENY framing and a Referrer-Policy', async () => {
    ts = await startTestServer()
    for (const path of ['/api/health', '/api/boards', '/api/no-such']) {
      const response = await fetch(ts.server.url + path)
      await response.arrayBuffer()
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("object-src 'none'")
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('referrer-policy')).toBe('same-origin')
      expect(response.headers.get('strict-transport-security')).toBeNull()
    }
  })

  test('an upload over 50 MB is refused with 413 and a Russian message', async () => {
    ts = await startTestServer()
    const response = await fetch(`${ts.server.url}/api/import/plan-docx`, { method: 'POST', headers: { cookie: ts.admin.cookie }, body: new Uint8Array(51 * 1024 * 1024) })
    expect(response.status).toBe(413)
    const body = await response.json() as ApiErrorBody
    expect(body.error).toEqual({ code: ErrorCode.tooLarge, message: 'Файл больше 50 МБ: такой файл не загружается.' })
    expect((await fetch(`${ts.server.url}/api/health`)).status).toBe(200)
  })
})
