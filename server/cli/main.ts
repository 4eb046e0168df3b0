import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseAcademicYear } from '../../shared/academicYear'
import { parseTiming } from '../../shared/timing/parseTiming'
import { MissingMetadataError } from '../dataFolder'
import { MetaStoreCorruptError } from '../storage/LowMetaStore'
import { buildRequest } from './buildRequest'
import { exitCodeOf } from './exitCodes'
import { runRequest } from './runRequest'
import { usage } from './usage'

/** `planerka …`: prints results on stdout, errors in Russian on stderr, exits non-zero on failure. */
async function main (argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        year: { type: 'string' }, format: { type: 'string' }, what: { type: 'string' }, out: { type: 'string' },
        board: { type: 'string' }, 'new-board': { type: 'string' }, name: { type: 'string' }, password: { type: 'string' },
        admin: { type: 'boolean' }, append: { type: 'boolean' }, role: { type: 'string' }, columns: { type: 'string' }, help: { type: 'boolean', short: 'h' },
        to: { type: 'string' }, from: { type: 'string' }, 'to-folder': { type: 'string' },
      },
    })
  } catch (error) {
    console.error(`Ошибка: ${(error as Error).message}\n\n${usage}`)
    return 2
  }
  const { positionals, values } = parsed
  if (values.help || positionals.length === 0) {
    console.log(usage)
    return values.help ? 0 : 2
  }
  if (positionals[0] === 'timing') {
    const phrase = positionals[1]
    const year = parseAcademicYear(values.year ?? '')
    if (phrase === undefined) { console.error('Укажите фразу: planerka timing "октябрь - июнь" --year 2023-2024'); return 2 }
    if (!year.ok) { console.error(`Ошибка: ${year.error} (--year)`); return 2 }
    console.log(JSON.stringify(parseTiming(phrase, year.year), null, 2))
    return 0
  }
  if (positionals[0] === 'migrate') {
    // Loaded only for this command: the others need no PostgreSQL client.
    const { runMigrate } = await import('../cluster/migrateCommand')
    const result = await runMigrate({ dataDir: resolve(process.env.PLANERKA_DATA ?? 'data'), to: values.to, from: values.from, toFolder: values['to-folder'] })
    if (!result.ok) { console.error(`Ошибка: ${result.error}`); return 1 }
    for (const line of result.lines) console.log(line)
    return 0
  }
  const built = await buildRequest({ positionals, values })
  if (!built.ok) { console.error(`Ошибка: ${built.error}`); return 2 }
  const dataDir = resolve(process.env.PLANERKA_DATA ?? 'data')
  const result = await runRequest(dataDir, built.request)
  if (!result.ok) { console.error(`Ошибка: ${result.error}`); return exitCodeOf(result.code) }
  const files = result.files ?? []
  if (files.length > 0 && built.out) {
    const single = files.length === 1
    if (!single) await mkdir(built.out, { recursive: true })
    for (const file of files) {
      const path = single ? built.out : join(built.out, file.name)
      await mkdir(dirname(resolve(path)), { recursive: true })
      await writeFile(path, Buffer.from(file.content, 'base64'))
      console.error(`Записан файл: ${path}`)
    }
  }
  for (const line of result.lines) console.log(line)
  return 0
}

main(process.argv.slice(2)).then(
  code => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof MetaStoreCorruptError || error instanceof MissingMetadataError ? `Ошибка: ${error.message}` : `Ошибка: ${(error as Error).stack ?? String(error)}`)
    process.exit(1)
  },
)
