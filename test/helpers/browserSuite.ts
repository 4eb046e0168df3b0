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
  // An uncaught error on any page fails the test that was running: a browser
  // test passes only when the pages it drove threw nothing.
  const pageErrors: string[] = []
  afterEach(() => {
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
      // Every page of every context, also those a test opens itself, reports its uncaught errors.
      context.on('page', page => page.on('pageerror', error => {
        pageErrors.push(`[${page.url()}] ${error.stack ?? error.message}`)
      }))
      return context
    },
    async newPage (label, timeoutMs = 10_000) {
      const page = await (await suite.newContext()).newPage()
      page.setDefaultTimeout(timeoutMs)
      page.on('pageerror', error => console.error(`[${label}] page error: ${error.message}`))
      return page
    },
  }
  return suite
}
