import { afterEach, describe, expect, test } from 'vitest'
import { AuditAction, type AuditEvent } from '../shared/audit'
import { passwordProblem } from '../shared/auth/passwordStrength'
import { ErrorCode, type ApiErrorBody } from '../shared/errors'
import { FAILURE_WINDOW_MS, MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_LOGIN, SignInLimiter } from '../server/auth/SignInLimiter'
import { ApiClient } from './helpers/api'
import { startTestServer, type TestServer } from './helpers/testServer'

let ts: TestServer | undefined
afterEach(async () => { await ts?.stop(); ts = undefined })

async function attempt (url: string, login: string, password: string, from?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) }
  const response = await fetch(`${url}/api/session`, { method: 'POST', headers, body: JSON.stringify({ login, password }) })
  return { status: response.status, retryAfter: response.headers.get('retry-after'), cookie: response.headers.get('set-cookie'), body: await response.json() as ApiErrorBody }
}

describe('sign-in rate limit (issue 14 item 6)', () => {
  test(`${MAX_FAILURES_PER_LOGIN} wrong passwords, then 429 «Слишком много попыток» with Retry-After, even for the right password; other logins unaffected`, async () => {
    ts = await startTestServer()
    await ts.user('petrova')
    const statuses: number[] = []
    for (let i = 0; i < MAX_FAILURES_PER_LOGIN; i++) statuses.push((await attempt(ts.server.url, 'petrova', `wrong-${i}`)).status)
    expect(statuses).toEqual(Array(MAX_FAILURES_PER_LOGIN).fill(401))
    const limited = await attempt(ts.server.url, 'Petrova', 'petrova-password')
    expect(limited.status).toBe(429)
    expect(limited.body.error.code).toBe(ErrorCode.tooManyAttempts)
    expect(limited.body.error.message).toMatch(/^Слишком много попыток входа\. Повторите через \d+ мин\.$/)
    expect(Number(limited.retryAfter)).toBeGreaterThan(0)
    expect(Number(limited.retryAfter)).toBeLessThanOrEqual(FAILURE_WINDOW_MS / 1000)
    expect(limited.cookie).toBeNull()

    // Another person signs in as usual; the server answers everyone else.
    await ts.user('ivanov')
    expect((await attempt(ts.server.url, 'ivanov', 'ivanov-password')).status).toBe(200)

    const audit = await ts.admin.request<{ events: AuditEvent[] }>('GET', '/api/audit')
    const petrova = audit.body.events.filter(e => e.actor.toLowerCase() === 'petrova').map(e => e.action)
    expect(petrova.filter(a => a === AuditAction.signInFailed)).toHaveLength(MAX_FAILURES_PER_LOGIN)
    expect(petrova).toContain(AuditAction.signInLimited)
  })

  test('per address: many logins tried from one address are limited too', async () => {
    const limiter = new SignInLimiter({ perLogin: 100, perAddress: 4, windowMs: FAILURE_WINDOW_MS })
    ts = await startTestServer({ http: { signInLimiter: limiter } })
    for (let i = 0; i < 4; i++) expect((await attempt(ts.server.url, `guess${i}`, 'nope-nope-nope')).status).toBe(401)
    expect((await attempt(ts.server.url, 'guess-next', 'nope-nope-nope')).status).toBe(429)
  })

  test(`per address with the defaults: ${MAX_FAILURES_PER_ADDRESS} wrong passwords over different logins, then 429 for any login from it; another address unaffected`, async () => {
    // Behind a proxy (PLANERKA_TRUST_PROXY) the address is X-Forwarded-For's: two offices, one server.
    ts = await startTestServer({ http: { trustProxy: true } })
    await ts.user('petrova')
    const office = '10.20.0.7'
    const statuses: number[] = []
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) statuses.push((await attempt(ts.server.url, `guess${i}`, 'nope-nope-nope', office)).status)
    expect(statuses).toEqual(Array(MAX_FAILURES_PER_ADDRESS).fill(401))
    // Every login from that address is refused now, even the right password of a login never tried.
    const limited = await attempt(ts.server.url, 'petrova', 'petrova-password', office)
    expect(limited.status).toBe(429)
    expect(limited.body.error.message).toMatch(/^Слишком много попыток входа\. Повторите через \d+ мин\.$/)
    expect(Number(limited.retryAfter)).toBeGreaterThan(0)
    // The same person from another address signs in as usual.
    expect((await attempt(ts.server.url, 'petrova', 'petrova-password', '10.30.0.9')).status).toBe(200)
  })

  test('failures expire after the window; a correct password clears the login', () => {
    let now = 1_000_000
    const limiter = new SignInLimiter({ perLogin: 2, perAddress: 10, windowMs: 60_000 }, () => now)
    limiter.failed('a', '10.0.0.1')
    limiter.failed('a', '10.0.0.1')
    expect(limiter.check('a', '10.0.0.2')).toEqual({ ok: false, retryAfterSeconds: 60 })
    now += 30_000
    expect(limiter.check('a', '10.0.0.2')).toEqual({ ok: false, retryAfterSeconds: 30 })
    now += 30_001
    expect(limiter.check('a', '10.0.0.2')).toEqual({ ok: true })
    limiter.failed('b', '10.0.0.1')
    limiter.succeeded('b')
    limiter.failed('b', '10.0.0.1')
    expect(limiter.check('b', '10.0.0.3')).toEqual({ ok: true })
  })
})

describe('password strength', () => {
  test.each(['12345678', 'password', '        ', '          ', 'qwerty123456', 'Password2024!', 'йцукенгшщз', 'пароль1234567', '1111111111', 'abababababab', 'short'])('refused: «%s»', password => {
    expect(passwordProblem(password)).not.toBeNull()
  })

  test.each(['Длинный-пароль-42', 'correct horse battery', 'petrova-pass-1'])('accepted: «%s»', password => {
    expect(passwordProblem(password)).toBeNull()
  })

  test('create, reset and change refuse weak passwords with a Russian message', async () => {
    ts = await startTestServer()
    const weak = await ts.admin.request<ApiErrorBody>('POST', '/api/users', { login: 'weak', name: 'Слабый', password: '12345678' })
    expect(weak.status).toBe(400)
    expect(weak.body.error.message).toBe('Пароль — не короче 10 символов.')
    const spaces = await ts.admin.request<ApiErrorBody>('POST', '/api/users', { login: 'weak', name: 'Слабый', password: ' '.repeat(12) })
    expect(spaces.body.error.message).toBe('Пароль не может состоять из одних пробелов.')
    const common = await ts.admin.request<ApiErrorBody>('POST', '/api/users', { login: 'weak', name: 'Слабый', password: 'qwertyuiop' })
    expect(common.body.error.message).toContain('самых распространённых')
    const user = await ts.user('strong')
    expect((await ts.admin.request('PATCH', '/api/users/strong', { password: 'password123' })).status).toBe(400)
    expect((await user.request('PUT', '/api/session/password', { currentPassword: 'strong-password', newPassword: 'пароль123456' })).status).toBe(400)
    expect((await user.request('PUT', '/api/session/password', { currentPassword: 'strong-password', newPassword: 'Длинный-пароль-42' })).status).toBe(204)
  })
})

describe('session cookie', () => {
  test('signing in ends the session the browser came with (rotation)', async () => {
    ts = await startTestServer()
    await ts.user('rotor')
    const client = new ApiClient(ts.server.url)
    await client.signIn('rotor', 'rotor-password')
    const first = client.cookie
    await client.signIn('rotor', 'rotor-password')
    expect(client.cookie).not.toBe(first)
    expect((await client.request('GET', '/api/session')).status).toBe(200)
    const old = await fetch(`${ts.server.url}/api/session`, { headers: { cookie: first } })
    expect(old.status).toBe(401)
  })

  test('GET /api/session/current answers 200 with the user or with null, never 401; GET /api/session still answers 401 without a session', async () => {
    ts = await startTestServer()
    await ts.user('quiet')
    const anonymous = await fetch(`${ts.server.url}/api/session/current`)
    expect(anonymous.status).toBe(200)
    expect(await anonymous.json()).toEqual({ user: null })
    const forged = await fetch(`${ts.server.url}/api/session/current`, { headers: { cookie: 'planerka_session=forged' } })
    expect(await forged.json()).toEqual({ user: null })
    expect((await fetch(`${ts.server.url}/api/session`)).status).toBe(401)
    const client = new ApiClient(ts.server.url)
    await client.signIn('quiet', 'quiet-password')
    const current = await client.request<{ user: { login: string } | null }>('GET', '/api/session/current')
    expect(current.status).toBe(200)
    expect(current.body.user?.login).toBe('quiet')
  })

  test('PLANERKA_SECURE_COOKIES makes the session cookie Secure; plain HTTP by default is not', async () => {
    ts = await startTestServer({ http: { secureCookies: true } })
    expect((await attempt(ts.server.url, 'admin', 'admin-test-password')).cookie).toMatch(/;\s*Secure/i)
    await ts.stop()
    ts = await startTestServer()
    const plain = await attempt(ts.server.url, 'admin', 'admin-test-password')
    expect(plain.cookie).toMatch(/HttpOnly/i)
    expect(plain.cookie).not.toMatch(/;\s*Secure/i)
  })
})
