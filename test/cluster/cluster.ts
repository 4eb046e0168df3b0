import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ApiClient } from '../helpers/api'
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../helpers/testServer'
import { startPostgres, startRedis, type TestPostgres, type TestRedis } from './services'

export interface TestCluster {
  postgres: TestPostgres
  redis: TestRedis
  databaseUrl: string
  instances: TestServer[]
  /** Another instance on the same PostgreSQL and Redis, with its own local folder. */
  addInstance (): Promise<TestServer>
  /** A client of `instance` signed in as an existing user. */
  signIn (instance: TestServer, login: string, password?: string): Promise<ApiClient>
  stop (): Promise<void>
}

/** One PostgreSQL, one Redis and `count` Planerka instances in this process, each on its own port. */
export async function startCluster (count: number): Promise<TestCluster> {
  const postgres = await startPostgres()
  const redis = await startRedis()
  const databaseUrl = await postgres.newDatabase()
  const folders: string[] = []
  const cluster: TestCluster = {
    postgres,
    redis,
    databaseUrl,
    instances: [],
    async addInstance () {
      const dataDir = await mkdtemp(join(tmpdir(), 'planerka-instance-'))
      folders.push(dataDir)
      const instance = await startTestServer({ dataDir, cluster: { databaseUrl, redisUrl: redis.url } })
      cluster.instances.push(instance)
      return instance
    },
    async signIn (instance, login, password = login === 'admin' ? ADMIN_PASSWORD : `${login}-password`) {
      const client = new ApiClient(instance.server.url)
      await client.signIn(login, password)
      return client
    },
    async stop () {
      await Promise.allSettled(cluster.instances.map(i => i.stop()))
      await redis.destroy()
      await postgres.destroy()
      await Promise.all(folders.map(dir => rm(dir, { recursive: true, force: true })))
    },
  }
  // Started together: the administrator must still be created once.
  await Promise.all(Array.from({ length: count }, () => cluster.addInstance()))
  return cluster
}
