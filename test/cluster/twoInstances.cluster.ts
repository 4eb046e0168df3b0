import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { openDatabase } from '../../server/cluster/pgDatabase'
import { PgDocStore } from '../../server/cluster/PgDocStore'
import { ApiClient } from '../helpers/api'
import { boardTitleText } from '../../shared/board/boardDocs'
import { CloseCode } from '../../shared/protocol/closeCodes'
import { closeAllDocs, connectDoc, nextEvent, waitFor } from '../helpers/yClient'
import { startCluster, type TestCluster } from './cluster'

let cluster: TestCluster
beforeAll(async () => { cluster = await startCluster(2) })
afterAll(async () => { await cluster?.stop() })
afterEach(() => closeAllDocs())

describe('two instances, one Redis, one PostgreSQL', () => {
  test('started together, they created one administrator; a session from A works on B', async () => {
    const client = new pg.Client({ connectionString: cluster.databaseUrl })
    await client.connect()
    const { rows } = await client.query("SELECT key FROM meta_records WHERE kind = 'users'").finally(() => client.end())
    expect(rows.map(r => r.key)).toEqual(['admin'])
    const [a, b] = cluster.instances
    const board = await a.createBoard('Петроградский район')
    // The cookie A issued, presented to B at once.
    const onB = new ApiClient(b.server.url)
    onB.cookie = a.admin.cookie
    const { status, body } = await onB.request<{ district: string }>('GET', `/api/boards/${board.id}`)
    expect(status).toBe(200)
    expect(body.district).toBe('Петроградский район')
  })

  test('a client on each instance edits the same board: both converge, and it is saved in PostgreSQL', async () => {
    const [a, b] = cluster.instances
    const board = await a.createBoard('Адмиралтейский район')
    const onA = connectDoc(a.server.url, board.documents.plan, a.admin.cookie)
    const onB = connectDoc(b.server.url, board.documents.plan, b.admin.cookie)
    await Promise.all([onA.whenSynced(), onB.whenSynced()])
    boardTitleText(onA.doc).insert(0, 'А:')
    boardTitleText(onB.doc).insert(boardTitleText(onB.doc).length, ':Б')
    const expected = 'А:Адмиралтейский район, 2023–2024:Б'
    await Promise.all([
      waitFor(onA.doc, () => boardTitleText(onA.doc).toString() === expected, 10_000, 'A to converge'),
      waitFor(onB.doc, () => boardTitleText(onB.doc).toString() === expected, 10_000, 'B to converge'),
    ])
    await Promise.all([onA.whenSaved(), onB.whenSaved()])
    // What is «Сохранено» is in PostgreSQL: read it back through the store, not from either instance's memory.
    const pool = await openDatabase(cluster.databaseUrl, () => {})
    try {
      const loaded = await new PgDocStore(pool).load(board.documents.plan)
      if (!loaded.ok || !loaded.state) throw new Error('not stored')
      const copy = new Y.Doc()
      Y.applyUpdate(copy, loaded.state)
      expect(boardTitleText(copy).toString()).toBe(expected)
    } finally {
      await pool.end()
    }
  })

  test('presence crosses instances and leaves with its client', async () => {
    const [a, b] = cluster.instances
    const board = await a.createBoard('Василеостровский район')
    const onA = connectDoc(a.server.url, board.documents.plan, a.admin.cookie)
    const onB = connectDoc(b.server.url, board.documents.plan, b.admin.cookie)
    await Promise.all([onA.whenSynced(), onB.whenSynced()])
    const stateOfA = () => onB.awareness.getStates().get(onA.doc.clientID) as { user?: { login: string; name: string; color: string } } | undefined
    const seen = new Promise<void>(resolve => onB.awareness.on('change', () => { if (stateOfA()) resolve() }))
    onA.awareness.setLocalStateField('user', { login: 'someone', name: 'Кто-то', color: '#2980b9' })
    await seen
    // Stamped where the connection is (A), and carried as stamped.
    expect(stateOfA()?.user).toEqual({ login: 'admin', name: 'Администратор', color: '#2980b9' })
    const gone = new Promise<void>(resolve => onB.awareness.on('change', () => { if (!stateOfA()) resolve() }))
    onA.destroy()
    await gone
    expect(onB.awareness.getStates().has(onA.doc.clientID)).toBe(false)
  })

  test('a role lowered on A takes effect on a connection already open on B', async () => {
    const [a, b] = cluster.instances
    const board = await a.createBoard('Фрунзенский район')
    await a.user('redaktor2', 'Редактор Второй')
    await a.setRole(board.id, 'redaktor2', 'editor')
    const editor = await cluster.signIn(b, 'redaktor2')
    const onB = connectDoc(b.server.url, board.documents.plan, editor.cookie)
    await onB.whenSynced()
    boardTitleText(onB.doc).insert(0, 'Можно ')
    await onB.whenSaved()
    await a.setRole(board.id, 'redaktor2', 'viewer')
    // B learns it by NOTIFY, or at the latest when it answers a request: here the person's own page reload.
    const { body } = await editor.request<{ role: string }>('GET', `/api/boards/${board.id}`)
    expect(body.role).toBe('viewer')
    const closed = nextEvent<{ code: number }>(onB, 'closed', 10_000)
    boardTitleText(onB.doc).insert(0, 'Уже нельзя ')
    expect((await closed).code).toBe(CloseCode.writeRefused)
  })

  test('a commenter on instance B is still refused, and the editor on A never sees the refused write', async () => {
    const [a, b] = cluster.instances
    const board = await a.createBoard('Красногвардейский район')
    await a.user('kommentator', 'Комментатор')
    await a.setRole(board.id, 'kommentator', 'commenter')
    const commenter = await cluster.signIn(b, 'kommentator')
    const editor = connectDoc(a.server.url, board.documents.plan, a.admin.cookie)
    const onB = connectDoc(b.server.url, board.documents.plan, commenter.cookie)
    await Promise.all([editor.whenSynced(), onB.whenSynced()])
    const closed = nextEvent<{ code: number }>(onB, 'closed', 10_000)
    boardTitleText(onB.doc).insert(0, 'ЗАПРЕЩЕНО ')
    expect((await closed).code).toBe(CloseCode.writeRefused)
    // A later edit from A arrives on a fresh B client without the refused words.
    boardTitleText(editor.doc).insert(0, 'Можно ')
    await editor.whenSaved()
    const check = connectDoc(b.server.url, board.documents.plan, b.admin.cookie)
    await check.whenSynced()
    await waitFor(check.doc, () => boardTitleText(check.doc).toString().startsWith('Можно '), 10_000, 'the editor’s words on B')
    expect(boardTitleText(check.doc).toString()).not.toContain('ЗАПРЕЩЕНО')
    expect(boardTitleText(editor.doc).toString()).not.toContain('ЗАПРЕЩЕНО')
  })
})
