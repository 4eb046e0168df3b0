import { copyData, openDatabaseSide, openFolderSide, type DataSide, type MigrateResult } from './migrateData'

export interface MigrateArgs {
  /** The data folder (PLANERKA_DATA). */
  dataDir: string
  to?: string
  from?: string
  toFolder?: string
}

/**
 * `planerka migrate --to URL` copies the data folder into an empty PostgreSQL
 * database; `planerka migrate --from URL --to-folder DIR` copies a database
 * into a new folder (for leaving). Both verify the copy before reporting.
 */
export async function runMigrate (args: MigrateArgs): Promise<MigrateResult> {
  let from: DataSide | string
  let to: DataSide | string
  if (args.to && !args.from && !args.toFolder) {
    if (!/^postgres(ql)?:\/\//.test(args.to)) return { ok: false, error: '--to ожидает адрес PostgreSQL вида postgres://пользователь@сервер/база' }
    from = await openFolderSide(args.dataDir, { create: false })
    if (typeof from === 'string') return { ok: false, error: from }
    to = await openDatabaseSide(args.to)
  } else if (args.from && args.toFolder && !args.to) {
    from = await openDatabaseSide(args.from)
    if (typeof from === 'string') return { ok: false, error: from }
    to = await openFolderSide(args.toFolder, { create: true })
  } else {
    return { ok: false, error: 'Укажите либо --to postgres://… (папка данных → PostgreSQL), либо --from postgres://… --to-folder ПАПКА (PostgreSQL → папка).' }
  }
  if (typeof to === 'string') {
    await from.close()
    return { ok: false, error: to }
  }
  try {
    return await copyData(from, to)
  } finally {
    await Promise.allSettled([from.close(), to.close()])
  }
}
