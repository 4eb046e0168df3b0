import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { PLAN_NODES_KEY } from '../../shared/plan/planDoc'
import { openServices, type OpenServices } from '../openServices'
import type { Principal } from '../sync/SyncSocket'
import { Versions } from './Versions'

const HOUR = 60 * 60 * 1000
const opened: OpenServices[] = []
const folders: string[] = []
afterEach(async () => {
  await Promise.allSettled(opened.splice(0).map(s => s.close()))
  await Promise.allSettled(folders.splice(0).map(f => rm(f, { recursive: true, force: true })))
})

async function boardWithVersions () {
  const dataDir = await mkdtemp(join(tmpdir(), 'planerka-versions-'))
  folders.push(dataDir)
  const services = await openServices({ dataDir, log: () => {} })
  opened.push(services)
  await services.accounts.ensureAdmin('Длинный-пароль-42')
  const board = await services.boards.create({ district: 'Демо-район', year: '2024-2025' }, services.accounts.find('admin')!)
  let now = Date.parse(board.createdAt)
  const versions = new Versions(services.versions.store, services.boards, services.hub, () => {}, () => new Date(now))
  const principal = { login: 'admin', name: 'Администратор', sessionHash: 'x', boardId: board.id, docWritable: true } as Principal
  return { versions, board, principal, setNow: (at: number) => { now = at } }
}

describe('Versions.onAuthored', () => {
  test('edits of one minute are on record once, with every part, and the automatic version comes when its hour is up', async () => {
    const { versions, board, principal, setNow } = await boardWithVersions()
    const created = Date.parse(board.createdAt)
    // Just before the hour: nothing to make yet; the same minute's edits of parts already on record add nothing.
    const due = created + HOUR
    setNow(due - 1)
    versions.onAuthored(principal, [`${PLAN_NODES_KEY}/a`])
    versions.onAuthored(principal, [`${PLAN_NODES_KEY}/a`])
    versions.onAuthored(principal, [`${PLAN_NODES_KEY}/b`])
    await versions.drain()
    expect(await versions.list(board.id)).toEqual([])
    const minutes = await versions.store.changesBetween(board.id, null, new Date(due))
    expect(minutes).toHaveLength(1)
    expect(minutes[0].login).toBe('admin')
    expect([...minutes[0].parts].sort()).toEqual([`${PLAN_NODES_KEY}/a`, `${PLAN_NODES_KEY}/b`])

    // The hour is up, a millisecond later and so (but for one run in 60,000) in the same minute: an edit of a
    // part already on record still makes the automatic version, though it records nothing new.
    setNow(due)
    versions.onAuthored(principal, [`${PLAN_NODES_KEY}/a`])
    await versions.drain()
    const made = await versions.list(board.id)
    expect(made.map(v => v.kind)).toEqual(['auto'])
    expect(made[0].authors).toEqual(['admin'])

    // And not again within the next hour.
    setNow(due + 10 * 60 * 1000)
    versions.onAuthored(principal, [`${PLAN_NODES_KEY}/c`])
    versions.onAuthored(principal, [`${PLAN_NODES_KEY}/c`])
    await versions.drain()
    expect((await versions.list(board.id)).map(v => v.kind)).toEqual(['auto'])
  })
})
