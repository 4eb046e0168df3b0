import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { AdminOps } from '../admin/AdminOps'
import type { CliRequest, CliResponse } from '../admin/cliProtocol'
import { checkMetadataPresent, initialiseData } from '../dataFolder'
import { acquireDataLock, readCliToken, readLock } from '../dataLock'
import { openServices } from '../openServices'

/**
 * Runs a request where the data is: through the running server when there
 * is one (it owns the data; writing the files from here would be overwritten
 * by its in-memory documents), otherwise here, holding the data lock.
 */
export async function runRequest (dataDir: string, request: CliRequest): Promise<CliResponse> {
  const holder = await readLock(dataDir)
  if (holder && holder.kind === 'server') return viaServer(dataDir, holder.port, request)
  const lock = await acquireDataLock(dataDir, { kind: 'cli' })
  if (!lock.ok) {
    if (lock.holder.kind === 'server') return viaServer(dataDir, lock.holder.port, request)
    return { ok: false, error: `Папка данных занята другой командой planerka (процесс ${lock.holder.pid}). Дождитесь её завершения.` }
  }
  try {
    // A new installation is initialised as the server's first start would (issue 10 item 12);
    // a folder with documents but no db.json is refused, naming what was found.
    await checkMetadataPresent(dataDir)
    const fresh = !existsSync(join(dataDir, 'db.json'))
    const services = await openServices({ dataDir, log: message => console.error(message), unloadDelayMs: 0, checkDocuments: false })
    try {
      if (fresh) {
        const first = await initialiseData(services, { adminPassword: process.env.PLANERKA_ADMIN_PASSWORD || undefined })
        console.error(`Новая папка данных ${dataDir}: создана учётная запись администратора (логин admin).`)
        if (first.generatedAdminPassword) console.error(`  пароль: ${first.generatedAdminPassword} — показан один раз, сохраните его.`)
      }
      return await new AdminOps(services).run(request)
    } finally {
      await services.close()
    }
  } finally {
    await lock.release()
  }
}

async function viaServer (dataDir: string, port: number | undefined, request: CliRequest): Promise<CliResponse> {
  const token = await readCliToken(dataDir)
  if (!port || !token) return { ok: false, error: 'Сервер Планёрки запускается: повторите команду через несколько секунд.' }
  let response: Response
  try {
    response = await fetch(`http://127.0.0.1:${port}/api/cli`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(request),
    })
  } catch {
    return { ok: false, error: `Сервер Планёрки (порт ${port}) не отвечает.` }
  }
  const body = await response.json().catch(() => null) as CliResponse | { error?: { message?: string } } | null
  if (body && 'ok' in body) return body
  return { ok: false, error: body?.error?.message ?? `Сервер ответил с ошибкой ${response.status}.` }
}
