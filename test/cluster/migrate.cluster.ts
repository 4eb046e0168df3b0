import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import type { BoardDetails } from '../../shared/api'
import { createNode } from '../../shared/plan/planDoc'
import { NodeKind } from '../../shared/plan/planFields'
import { flattenItems, readPlan } from '../../shared/plan/planSnapshot'
import { reportSections } from '../../shared/report/reportDoc'
import { ANNOTATIONS_KEY } from '../../shared/review/annotationModel'
import type { VersionInfo } from '../../shared/review/versionModel'
import type { ApiClient } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { closeAllDocs, connectDoc } from '../helpers/yClient'
import { startPostgres, type TestPostgres } from './services'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
let postgres: TestPostgres
const folders: string[] = []
const servers: TestServer[] = []
beforeAll(async () => { postgres = await startPostgres() })
afterAll(async () => {
  await Promise.allSettled(servers.map(s => s.stop()))
  await postgres?.destroy()
  await Promise.all(folders.map(dir => rm(dir, { recursive: true, force: true })))
})
afterEach(() => closeAllDocs())

async function folder (): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'planerka-migrate-'))
  folders.push(dir)
  return dir
}

function cli (args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString() })
  child.stderr.on('data', (chunk: Buffer) => { out += chunk.toString() })
  return new Promise(resolve => child.on('exit', code => resolve({ code, out })))
}

/** Everything a person sees of a board, read through the REST API and real sync clients. */
async function describeBoard (t: TestServer, client: ApiClient, boardId: string): Promise<unknown> {
  const details = await client.request<BoardDetails>('GET', `/api/boards/${boardId}`)
  const { body: { versions } } = await client.request<{ versions: VersionInfo[] }>('GET', `/api/boards/${boardId}/versions`)
  const documents: Record<string, unknown> = {}
  for (const [kind, name] of Object.entries(details.body.documents)) {
    const conn = connectDoc(t.server.url, name, client.cookie)
    await conn.whenSynced()
    // The Yjs identity of the content (state vector and deletions), and readable parts for a helpful diff.
    documents[kind] = {
      identity: Buffer.from(Y.encodeSnapshot(Y.snapshot(conn.doc))).toString('base64'),
      readable: kind === 'plan' ? flattenItems(readPlan(conn.doc)).map(i => i.fields.title) : kind === 'annotations' ? conn.doc.getMap(ANNOTATIONS_KEY).toJSON() : reportSections(conn.doc).toJSON(),
    }
  }
  const versionStates: unknown[] = []
  for (const v of versions) versionStates.push((await client.request('GET', `/api/boards/${boardId}/versions/${v.id}`)).body)
  expect(versions.length).toBeGreaterThan(0)
  return { details: details.body, versions: versions.map(v => ({ ...v, size: undefined })), versionStates, documents }
}

describe('planerka migrate', () => {
  test('a data folder into PostgreSQL and back keeps every board identical', async () => {
    // A single-node installation with two boards, members, plan edits, an annotation, a review step and versions.
    const dataDir = await folder()
    const single = await startTestServer({ dataDir })
    servers.push(single)
    const boards = [await single.createBoard('Приморский район'), await single.createBoard('Невский район')]
    const editor = await single.user('redaktor', 'Редакторова Ольга')
    for (const board of boards) {
      await single.setRole(board.id, 'redaktor', 'editor')
      const plan = connectDoc(single.server.url, board.documents.plan, editor.cookie)
      await plan.whenSynced()
      const section = createNode(plan.doc, { kind: NodeKind.section, parentId: null, fields: { title: `Раздел ${board.id}` } })
      createNode(plan.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар «Планёрка»' } })
      await plan.whenSaved()
      expect((await editor.request('POST', `/api/boards/${board.id}/versions`, { name: 'Для совета' })).status).toBe(201)
      expect((await single.admin.request('POST', `/api/boards/${board.id}/annotations`, { anchor: { kind: 'plan', nodeId: section }, quote: '', text: 'Уточнить сроки' })).status).toBe(201)
      expect((await single.admin.request('POST', `/api/boards/${board.id}/review/submit`, {})).status).toBe(200)
    }
    const before = await Promise.all(boards.map(b => describeBoard(single, single.admin, b.id)))
    expect(JSON.stringify(before)).toContain('Семинар «Планёрка»')
    expect(JSON.stringify(before)).toContain('Уточнить сроки')
    closeAllDocs()
    await single.stop()

    const databaseUrl = await postgres.newDatabase()
    const forth = await cli(['migrate', '--to', databaseUrl], { PLANERKA_DATA: dataDir })
    expect(forth.out).toContain('Проверено')
    expect(forth.code).toBe(0)
    // Once copied, the database is not empty: a second run refuses rather than mixing data.
    const again = await cli(['migrate', '--to', databaseUrl], { PLANERKA_DATA: dataDir })
    expect(again.code).toBe(1)
    expect(again.out).toContain('уже содержит данные')

    const onPostgres = await startTestServer({ dataDir: await folder(), cluster: { databaseUrl } })
    servers.push(onPostgres)
    expect(await Promise.all(boards.map(b => describeBoard(onPostgres, onPostgres.admin, b.id)))).toEqual(before)
    closeAllDocs()
    await onPostgres.stop()

    const backDir = join(await folder(), 'back')
    const back = await cli(['migrate', '--from', databaseUrl, '--to-folder', backDir], {})
    expect(back.out).toContain('Проверено')
    expect(back.code).toBe(0)
    const onFolder = await startTestServer({ dataDir: backDir })
    servers.push(onFolder)
    expect(await Promise.all(boards.map(b => describeBoard(onFolder, onFolder.admin, b.id)))).toEqual(before)
  })

  test('bad arguments and an unreachable database are clear errors', async () => {
    const dataDir = await folder()
    const none = await cli(['migrate'], { PLANERKA_DATA: dataDir })
    expect(none.code).toBe(1)
    expect(none.out).toContain('Укажите либо --to')
    const unreachable = await cli(['migrate', '--to', `postgres://planerka@127.0.0.1:1/nothing`], { PLANERKA_DATA: dataDir })
    expect(unreachable.code).toBe(1)
    expect(unreachable.out).toContain('PostgreSQL недоступна')
  })
})
