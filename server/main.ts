import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MissingMetadataError } from './dataFolder'
import { DataBusyError } from './dataLock'
import { MetaStoreCorruptError } from './storage/LowMetaStore'
import { startServer } from './startServer'
import { syncLimitsFromEnv } from './sync/syncLimits'

/** `npm start`: configuration from the environment, messages in Russian for the administrator. */
const dataDir = resolve(process.env.PLANERKA_DATA ?? 'data')
const port = Number(process.env.PORT ?? 8080)
// From source (server/main.ts) or from the bundle `npm start` runs (dist/server/main.mjs, scripts/buildServer.mjs):
// the client is built to dist/client either way.
const clientDir = fileURLToPath(new URL(import.meta.url.endsWith('.mjs') ? '../client' : '../dist/client', import.meta.url))

function optionalNumber (name: string): number | undefined {
  const value = process.env[name]
  return value ? Number(value) : undefined
}

/** PLANERKA_DATABASE_URL (and PLANERKA_REDIS_URL) switch on several instances; without them nothing changes. */
function clusterConfig () {
  const databaseUrl = process.env.PLANERKA_DATABASE_URL || undefined
  const redisUrl = process.env.PLANERKA_REDIS_URL || undefined
  if (!databaseUrl && redisUrl) {
    console.error('Планёрка не запущена: PLANERKA_REDIS_URL задан без PLANERKA_DATABASE_URL. Несколько экземпляров работают только с общей базой PostgreSQL.')
    process.exit(1)
  }
  return databaseUrl ? { databaseUrl, redisUrl } : undefined
}

const flag = (name: string) => ['1', 'true', 'yes'].includes((process.env[name] ?? '').toLowerCase())

const log = (message: string) => console.error(`[${new Date().toISOString()}] ${message}`)

try {
  const server = await startServer({
    port,
    host: process.env.HOST,
    dataDir,
    adminPassword: process.env.PLANERKA_ADMIN_PASSWORD || undefined,
    clientDir,
    saveDebounceMs: optionalNumber('PLANERKA_SAVE_DEBOUNCE_MS'),
    saveMaxWaitMs: optionalNumber('PLANERKA_SAVE_MAX_WAIT_MS'),
    http: { secureCookies: flag('PLANERKA_SECURE_COOKIES'), trustProxy: flag('PLANERKA_TRUST_PROXY') },
    syncLimits: syncLimitsFromEnv(),
    log,
    cluster: clusterConfig(),
  })
  console.log(`Планёрка запущена: ${server.url}`)
  const cluster = clusterConfig()
  console.log(cluster ? `Данные: PostgreSQL${cluster.redisUrl ? ', правки между экземплярами через Redis' : ''} (локальная папка ${dataDir})` : `Данные: ${dataDir}`)
  if (server.generatedAdminPassword) {
    console.log('Первый запуск: создана учётная запись администратора.')
    console.log(`  логин:  admin`)
    console.log(`  пароль: ${server.generatedAdminPassword}`)
    console.log('Пароль показан один раз: сохраните его и смените после входа (Профиль → Сменить пароль).')
  }
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    log(`Получен ${signal}: сохраняю документы и останавливаюсь…`)
    server.close().then(
      () => { log('Остановлено, всё сохранено.'); process.exit(0) },
      error => { log(`Ошибка при остановке: ${String(error)}`); process.exit(1) },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
} catch (error) {
  if (error instanceof MetaStoreCorruptError || error instanceof DataBusyError || error instanceof MissingMetadataError) {
    console.error(`Планёрка не запущена: ${error.message}`)
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Планёрка не запущена: порт ${port} занят. Укажите другой: PORT=8081 npm start`)
  } else {
    console.error('Планёрка не запущена:', error)
  }
  process.exit(1)
}
