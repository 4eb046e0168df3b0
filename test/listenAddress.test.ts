import { afterEach, expect, test } from 'vitest'
import { urlHost } from '../server/startServer'
import { startTestServer, type TestServer } from './helpers/testServer'

let running: TestServer | null = null
afterEach(async () => {
  await running?.stop()
  running = null
})

test('the address printed at start names the host the server listens on, and answers there', async () => {
  running = await startTestServer({ host: '127.0.0.1' })
  expect(running.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  const response = await fetch(`${running.server.url}/api/health`)
  expect(response.status).toBe(200)
})

test('listening on every interface (or HOST unset), the address says localhost; an IPv6 host is bracketed', () => {
  expect(urlHost(undefined)).toBe('localhost')
  expect(urlHost('')).toBe('localhost')
  expect(urlHost('0.0.0.0')).toBe('localhost')
  expect(urlHost('::')).toBe('localhost')
  expect(urlHost('::1')).toBe('[::1]')
  expect(urlHost('192.168.1.10')).toBe('192.168.1.10')
})
