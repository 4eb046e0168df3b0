import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults } from 'axe-core'
import type { Page } from 'playwright-core'

/** axe-core's browser bundle, run in the page (it is not imported into the test). */
const axeSource = createRequire(import.meta.url).resolve('axe-core')

export interface AxeViolation {
  id: string
  impact: string
  help: string
  /** One CSS selector path per failing element. */
  targets: string[]
}

/** Impacts that fail a page: ГОСТ Р 52872-2019 / WCAG 2.1 AA asks for none of these. */
export const blockingImpacts: readonly string[] = ['serious', 'critical']

/**
 * Runs axe-core with its default rules (WCAG 2.0/2.1 A and AA and best practices)
 * on the page as it is now, including an open modal dialog.
 */
export async function runAxe (page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window)
  // Not page.addScriptTag: the app's Content-Security-Policy (script-src 'self') rightly refuses an
  // inline script, and the test must not weaken it. Evaluated through DevTools, the bundle is not
  // subject to the page's CSP and defines window.axe as a script tag would.
  if (!loaded) await page.evaluate(readFileSync(axeSource, 'utf8'))
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe
    const results = await axe.run(document, { resultTypes: ['violations'] })
    return results.violations.map(v => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map(node => node.target.map(String).join(' ')),
    }))
  })
}

/** One line per violated rule: impact, rule id, how many elements, help and the first few elements. */
export function formatViolations (violations: readonly AxeViolation[]): string {
  return violations.map(v =>
    `  [${v.impact}] ${v.id} ×${v.targets.length}: ${v.help}\n    ${v.targets.slice(0, 5).join('\n    ')}${v.targets.length > 5 ? `\n    … ещё ${v.targets.length - 5}` : ''}`,
  ).join('\n')
}
