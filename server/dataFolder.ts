import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { OpenServices } from './openServices'

/**
 * What a data folder holds before it is opened, and what its first opening
 * does — the same for the server's first start and a CLI command on a new
 * installation (issue 10 item 12), so either may come first.
 */

/** Files the lock and the CLI handshake leave; they say nothing about stored data. */
const BOOKKEEPING = new Set(['.lock', '.cli-token', 'db.json'])

/** Raised when documents lie in the folder but its db.json is gone: starting fresh would orphan them. */
export class MissingMetadataError extends Error {
  constructor (readonly dataDir: string, readonly found: string[]) {
    super(`В папке данных ${dataDir} нет файла db.json (пользователи, доски, роли), но есть данные: ${found.join(', ')}. ` +
      'Запуск остановлен, чтобы не начать новую установку поверх них: восстановите db.json из резервной копии ' +
      '(или перенесите эти файлы в другую папку, если действительно нужна новая установка).')
    this.name = 'MissingMetadataError'
  }
}

/** Refuses a folder whose db.json is missing while stored data is there; a new or empty folder passes. */
export async function checkMetadataPresent (dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'db.json'))) return
  const found = await storedData(dataDir)
  if (found.length > 0) throw new MissingMetadataError(dataDir, found)
}

/** Each non-empty entry of the folder, with how many files it holds («docs/ (12 файлов)»). */
async function storedData (dataDir: string): Promise<string[]> {
  let entries
  try {
    entries = await readdir(dataDir, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const found: string[] = []
  for (const entry of entries) {
    if (BOOKKEEPING.has(entry.name)) continue
    if (entry.isDirectory()) {
      const files = await countFiles(join(dataDir, entry.name))
      if (files > 0) found.push(`${entry.name}/ (файлов: ${files})`)
    } else found.push(entry.name)
  }
  return found
}

async function countFiles (dir: string): Promise<number> {
  let count = 0
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    count += entry.isDirectory() ? await countFiles(join(dir, entry.name)) : 1
  }
  return count
}

export interface FirstStartOptions {
  /** admin's password on first start; a random one is generated (and returned) otherwise. */
  adminPassword?: string
  /** Create the demo board on first start. */
  demo?: boolean
}

/** Creates admin (and the demo board) when the folder is new; returns the generated password, if any. */
export async function initialiseData (services: OpenServices, options: FirstStartOptions): Promise<{ generatedAdminPassword: string | null }> {
  const { accounts, boards, meta } = services
  // Once however many instances start together on the same PostgreSQL (a no-op wrapper on a data folder).
  return services.exclusively(async () => {
    const admin = await accounts.ensureAdmin(options.adminPassword)
    if (admin.created && options.demo !== false && meta.data.boards.length === 0) {
      await boards.createDemo(accounts.find('admin')!)
    }
    return { generatedAdminPassword: admin.generatedPassword }
  })
}
