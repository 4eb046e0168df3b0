import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

const CHROMIUM = '/usr/bin/chromium'

/**
 * Debian's Chromium, headless, with the flags this closed network needs
 * (background services would otherwise try to reach the internet). Playwright
 * gives every launch a fresh temporary user-data-dir. `npm test` installs
 * Chromium first; run directly without it, this fails with the command to run.
 */
export async function launchBrowser (): Promise<{ browser: Browser; newContext: () => Promise<BrowserContext> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium не найден (${CHROMIUM}). Установите: sudo apt-get install -y chromium`)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  })
  return {
    browser,
    // Each context is a separate person: its own cookies and IndexedDB.
    newContext: () => browser.newContext({ locale: 'ru-RU', timezoneId: 'Europe/Moscow', viewport: { width: 1280, height: 900 } }),
  }
}

export async function signInThroughUi (page: Page, baseUrl: string, login: string, password: string, hash = '#/'): Promise<void> {
  await page.goto(`${baseUrl}/${hash}`)
  await page.getByTestId('login-input').fill(login)
  await page.getByTestId('password-input').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('logout').waitFor()
}
