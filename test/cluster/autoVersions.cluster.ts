import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openServices, type OpenServices } from '../../server/openServices'
import { Versions } from '../../server/services/Versions'
import type { Principal } from '../../server/sync/SyncSocket'
import { startPostgres, type TestPostgres } from './services'

let postgres: TestPostgres
const opened: OpenServices[] = []
const folders: string[] = []
beforeAll(async () => { postgres = await startPostgres() })
afterAll(async () => {
  await Promise.allSettled(opened.map(s => s.close()))
  await Promise.allSettled(folders.map(f => rm(f, { recursive: true, force: true })))
  await postgres?.destroy()
})

async function instance (databaseUrl: string): Promise<OpenServices> {
  const dataDir = await mkdtemp(join(tmpdir(), 'planerka-auto-'))
  folders.push(dataDir)
  const services = await openServices({ dataDir, log: () => {}, cluster: { databaseUrl } })
  opened.push(services)
  return services
}

describe('automatic versions with several instances on one PostgreSQL', () => {
  test('two instances that both see the hour pass make one automatic version, not one each', async () => {
    const databaseUrl = await postgres.newDatabase()
    const a = await instance(databaseUrl)
    const b = await instance(databaseUrl)
    await a.accounts.ensureAdmin('Длинный-пароль-42')
    const board = await a.boards.create({ district: 'Демо-район', year: '2024-2025' }, a.accounts.find('admin')!)
    await b.meta.refresh?.()
    const principal: Principal = { login: 'admin', name: 'Администратор', sessionHash: 'x', boardId: board.id, docWritable: true } as Principal
    // Each instance's own Versions, at a moment two hours after any version: both decide it is time.
    const later = () => new Date(Date.now() + 2 * 60 * 60 * 1000)
    const onA = new Versions(a.versions.store, a.boards, a.hub, () => {}, later)
    const onB = new Versions(b.versions.store, b.boards, b.hub, () => {}, later)
    for (let round = 0; round < 3; round++) {
      onA.onAuthored(principal)
      onB.onAuthored(principal)
    }
    await Promise.all([onA.drain(), onB.drain()])
    const versions = await a.versions.list(board.id)
    expect(versions.map(v => v.kind)).toEqual(['auto'])
    // And the next hour's version follows the first one, again once.
    const evenLater = () => new Date(Date.now() + 4 * 60 * 60 * 1000)
    const nextA = new Versions(a.versions.store, a.boards, a.hub, () => {}, evenLater)
    const nextB = new Versions(b.versions.store, b.boards, b.hub, () => {}, evenLater)
    nextA.onAuthored(principal)
    nextB.onAuthored(principal)
    await Promise.all([nextA.drain(), nextB.drain()])
    expect((await b.versions.list(board.id)).map(v => v.kind)).toEqual(['auto', 'auto'])
  })
})
