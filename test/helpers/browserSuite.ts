import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { ServerOptions } from '../../server/startServer'
import { launchBrowser } from './browser'
import { startTestServer, type TestServer } from './testServer'
import { closeAllDocs } from './yClient'

/** The built client the server serves to the browsers (`npm test` builds it first). */
export const clientDir = fileURLToPath(new URL('../../dist/client', import.meta.url))

export interface BrowserSuite {
  /** The real server, started before the file's tests. */
  readonly t: TestServer
  /** A new person: a fresh browser context (cookies, IndexedDB) and a page that reports its errors. */
  newPage (label: string, timeoutMs?: number): Promise<Page>
  newContext (): Promise<BrowserContext>
  /**
   * For the running test only: console errors matching `pattern` are what the
   * test provokes on purpose (Chromium's report of a refused inline handler
   * when a test pastes hostile HTML), not a fault of the page.
   */
  expectConsoleErrors (pattern: RegExp): void
}

/**
 * One real server and one headless Chromium for a test file, started before
 * its tests and stopped after them (with any Yjs clients the tests opened).
 */
export function browserSuite (options: Partial<ServerOptions> = {}): BrowserSuite {
  let server: TestServer | null = null
  let browser: Browser | null = null
  let makeContext: (() => Promise<BrowserContext>) | null = null
  beforeAll(async () => {
    server = await startTestServer({ clientDir, ...options })
    ;({ browser, newContext: makeContext } = await launchBrowser())
  })
  // An uncaught error on any page, or an error the page's own code logs to
  // the console (React's reports, a failed generated block), fails the test
  // that was running: a browser test passes only when the pages it drove
  // threw and reported nothing.
  const pageErrors: string[] = []
  const expected: RegExp[] = []
  afterEach(() => {
    expected.length = 0
    const errors = pageErrors.splice(0)
    if (errors.length > 0) throw new Error(`Ошибки на странице (${errors.length}):\n${errors.join('\n')}`)
  })
  afterAll(async () => {
    closeAllDocs()
    await browser?.close()
    await server?.stop()
  })
  const suite: BrowserSuite = {
    get t () {
      if (!server) throw new Error('the server starts in beforeAll')
      return server
    },
    async newContext () {
      const context = await makeContext!()
      // Every page of every context, also those a test opens itself, reports its errors.
      context.on('page', page => {
        page.on('pageerror', error => { pageErrors.push(`[${page.url()}] ${error.stack ?? error.message}`) })
        page.on('console', message => {
          const text = message.text()
          if (message.type() === 'error' && !isExpectedNetworkLog(text) && !expected.some(pattern => pattern.test(text))) pageErrors.push(`[${page.url()}] console.error: ${text}`)
        })
      })
      return context
    },
    async newPage (label, timeoutMs = 10_000) {
      const page = await (await suite.newContext()).newPage()
      page.setDefaultTimeout(timeoutMs)
      page.on('pageerror', error => console.error(`[${label}] page error: ${error.message}`))
      return page
    },
    expectConsoleErrors (pattern) { expected.push(pattern) },
  }
  return suite
}

/**
 * Console errors Chromium itself logs for the network, not the page's code:
 * an answer 4xx that the client expects and shows in its own words (401 before
 * sign-in or for a wrong password, 403 for a role, 404, 409, 413, 422, 429), a
 * request or WebSocket that failed because the test took the network or the
 * server away. A 5xx is never expected: it stays an error.
 */
function isExpectedNetworkLog (text: string): boolean {
  return /^Failed to load resource: the server responded with a status of 4\d\d\b/.test(text) ||
    /^Failed to load resource: net::ERR_/.test(text) ||
    /^WebSocket connection to '[^']*' failed\b/.test(text)
}
