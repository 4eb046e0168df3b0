/**
 * The import boundaries of README «Architecture», as ESLint enforces them in
 * `npm test`: run the project's real configuration on sources held in memory,
 * with file paths in each top-level folder, so a change to the configuration
 * (a renamed folder, a pattern that no longer matches) cannot silently stop
 * the rule from catching anything.
 */
import { ESLint } from 'eslint'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, test } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.js') })
})

/** The boundary messages ESLint reports for `source` as if it were the file at `path` (relative to the root). */
async function boundaryErrors (path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(root, path) })
  const boundaryRules = ['no-restricted-imports', 'no-restricted-syntax']
  return result.messages.filter((message) => boundaryRules.includes(message.ruleId ?? '')).map((message) => message.message)
}

describe('import boundaries', () => {
  const refused: Array<[string, string]> = [
    ['shared/plan/x.ts', "import x from '../../server/foo'\nexport default x\n"],
    ['shared/plan/x.ts', "import x from '../../client/foo'\nexport default x\n"],
    ['shared/x.ts', "export { y } from '../server/sync/foo'\n"],
    ['shared/x.ts', "import type { Y } from '../client/foo'\nexport type Z = Y\n"],
    ['client/board/x.tsx', "import x from '../../server/foo'\nexport default x\n"],
    ['server/http/x.ts', "import x from '../../client/foo'\nexport default x\n"],
    ['client/board/x.tsx', "export const load = () => import('../../server/foo')\n"],
    ['shared/x.ts', "export const load = () => import('../client/foo')\n"],
  ]
  test.each(refused)('%s refuses %j', async (path, source) => {
    const errors = await boundaryErrors(path, source)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('README «Architecture»')
  })

  const allowed: Array<[string, string]> = [
    ['shared/plan/x.ts', "import x from '../board/foo'\nexport default x\n"],
    ['client/board/x.tsx', "import x from '../../shared/foo'\nexport default x\n"],
    ['server/http/x.ts', "import x from '../../shared/foo'\nexport default x\n"],
    // A name that merely contains a folder's name is not that folder.
    ['shared/x.ts', "import x from './serverTime'\nexport default x\n"],
    ['client/x.ts', "import x from './server-status/foo'\nexport default x\n"],
    ['client/x.ts', "import x from 'react-dom/server'\nexport default x\n"],
    ['client/x.ts', "export const load = () => import('../shared/foo')\n"],
    // Tests may reach across: they check the parts together.
    ['test/x.test.ts', "import a from '../server/foo'\nimport b from '../client/foo'\nexport default [a, b]\n"],
  ]
  test.each(allowed)('%s allows %j', async (path, source) => {
    expect(await boundaryErrors(path, source)).toEqual([])
  })
})
