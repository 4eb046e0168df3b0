import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer, type RunningServer, type ServerOptions } from '../../server/startServer'
import type { BoardDetails } from '../../shared/api'
import type { Role } from '../../shared/roles'
import { ApiClient } from './api'

export const ADMIN_PASSWORD = 'admin-test-password'

export interface TestServer {
  server: RunningServer
  dataDir: string
  admin: ApiClient
  /** Creates a user (if new) and returns a client signed in as them. */
  user (login: string, name?: string): Promise<ApiClient>
  createBoard (district?: string): Promise<BoardDetails>
  setRole (boardId: string, login: string, role: Role): Promise<void>
  restart (): Promise<void>
  stop (): Promise<void>
}

/** The real server, in this process, on port 0, with a temporary data folder. */
export async function startTestServer (options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? await mkdtemp(join(tmpdir(), 'planerka-test-'))
  const logs: string[] = []
  const startOptions = (): ServerOptions => ({
    port: 0,
    dataDir,
    adminPassword: ADMIN_PASSWORD,
    demo: false,
    saveDebounceMs: 50,
    saveMaxWaitMs: 200,
    unloadDelayMs: 200,
    log: message => { logs.push(message); if (process.env.TEST_LOG) console.error(message) },
    ...options,
  })
  let server = await startServer(startOptions())
  const admin = new ApiClient(server.url)
  await admin.signIn('admin', ADMIN_PASSWORD)
  const self: TestServer = {
    get server () { return server },
    dataDir,
    admin,
    async user (login, name = login) {
      await admin.request('POST', '/api/users', { login, password: `${login}-password`, name })
      const client = new ApiClient(server.url)
      await client.signIn(login, `${login}-password`)
      return client
    },
    async createBoard (district = 'Тестовый район') {
      const { status, body } = await admin.request<BoardDetails>('POST', '/api/boards', { district, year: '2023-2024' })
      if (status !== 201) throw new Error(`board not created: ${status} ${JSON.stringify(body)}`)
      return body
    },
    async setRole (boardId, login, role) {
      const { status, body } = await admin.request('PUT', `/api/boards/${boardId}/members/${login}`, { role })
      if (status !== 200) throw new Error(`role not set: ${status} ${JSON.stringify(body)}`)
    },
    async restart () {
      const port = server.port
      await server.close()
      // The same port, so that open browser pages reconnect by themselves.
      server = await startServer({ ...startOptions(), port })
      // Same port is not guaranteed with port 0; clients re-read server.url.
      ;(admin as { baseUrl: string }).baseUrl = server.url
      await admin.signIn('admin', ADMIN_PASSWORD)
    },
    async stop () {
      await server.close()
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true })
    },
  }
  return self
}
