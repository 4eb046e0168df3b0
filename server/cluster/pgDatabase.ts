import pg from 'pg'
import { migrate } from './migrations'

/** Connections per instance: enough for sync saves, metadata and compaction side by side. */
const POOL_SIZE = 10
/** A request waits this long for PostgreSQL before failing (and the save is retried). */
const CONNECT_TIMEOUT_MS = 5_000

/**
 * A pool for PLANERKA_DATABASE_URL with the schema brought up to date.
 * Connection errors of idle clients (PostgreSQL restarted) are logged, not
 * thrown: the pool makes new connections when it is back.
 */
export async function openDatabase (url: string, log: (message: string) => void): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
  pool.on('error', error => log(`PostgreSQL: соединение потеряно (${error.message}); переподключение при следующем запросе`))
  try {
    await migrate(pool)
  } catch (error) {
    await pool.end().catch(() => {})
    throw new Error(`PostgreSQL недоступна или схема не обновлена (${url.replace(/:[^:@/]*@/, ':***@')}): ${(error as Error).message}`, { cause: error })
  }
  return pool
}

/** Runs `work` in a transaction on one pooled connection. */
export async function inTransaction<T> (pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, isolation = 'READ COMMITTED'): Promise<T> {
  const client = await pool.connect()
  let failed = false
  try {
    await client.query(`BEGIN ISOLATION LEVEL ${isolation}`)
    try {
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (error) {
      failed = true
      await client.query('ROLLBACK').catch(() => {})
      throw error
    }
  } catch (error) {
    failed = true
    throw error
  } finally {
    // A connection that failed may be broken (PostgreSQL restarted): drop it rather than reuse it.
    client.release(failed)
  }
}
