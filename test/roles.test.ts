import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import WS from 'ws'
import { boardTitleText } from '../shared/board/boardDocs'
import { CloseCode } from '../shared/protocol/closeCodes'
import { MessageType } from '../shared/protocol/messageType'
import { ApiClient } from './helpers/api'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc, nextEvent, waitFor } from './helpers/yClient'

let t: TestServer
afterEach(async () => {
  closeAllDocs()
  await t?.stop()
})

/** Opens a raw socket and resolves with how the server closed it. */
function rawSocket (url: string, cookie?: string) {
  const ws = new WS(url, { headers: cookie ? { cookie } : {} })
  ws.binaryType = 'arraybuffer'
  const messages: Uint8Array[] = []
  ws.on('message', data => messages.push(new Uint8Array(data as ArrayBuffer)))
  const closed = new Promise<{ code: number; reason: string }>(resolve => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
  })
  const opened = new Promise<void>((resolve, reject) => { ws.on('open', resolve); ws.on('error', reject) })
  return { ws, messages, closed, opened }
}

function syncUrl (t: TestServer, name: string): string {
  return `${t.server.url.replace('http', 'ws')}/api/sync/${name}`
}

/** A y-websocket update message carrying a change made on top of `base`. */
function craftedUpdate (base: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base))
  const before = Y.encodeStateVector(doc)
  change(doc)
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc, before))
  return encoding.toUint8Array(encoder)
}

describe('roles are enforced by the server', () => {
  for (const role of ['viewer', 'commenter'] as const) {
    test(`a ${role}'s update is not applied, is answered with an error, and the document is unchanged`, async () => {
      t = await startTestServer()
      const board = await t.createBoard()
      const reader = await t.user(`${role}1`)
      await t.setRole(board.id, `${role}1`, role)

      // The stock client syncs fine: its handshake (an empty step 2) is not a write.
      const honest = connectDoc(t.server.url, board.documents.plan, reader.cookie)
      await honest.whenSynced()
      await honest.whenSaved()
      expect(boardTitleText(honest.doc).toString()).toBe('Тестовый район, 2023–2024')

      // A crafted update, as a modified client would send it.
      const raw = rawSocket(syncUrl(t, board.documents.plan), reader.cookie)
      await raw.opened
      raw.ws.send(craftedUpdate(honest.doc, doc => boardTitleText(doc).insert(0, 'ВЗЛОМ ')))
      const closed = await raw.closed
      expect(closed.code).toBe(CloseCode.writeRefused)
      const errorFrame = raw.messages.find(m => m[0] === MessageType.error)
      expect(errorFrame).toBeDefined()
      expect(new TextDecoder().decode(errorFrame)).toContain('не позволяет изменять')

      // An editor connecting now sees the document as it was.
      const editor = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
      await editor.whenSynced()
      expect(boardTitleText(editor.doc).toString()).toBe('Тестовый район, 2023–2024')
      // And the honest read-only client is still connected and still receives edits.
      boardTitleText(editor.doc).insert(0, 'Ред: ')
      await waitFor(honest.doc, () => boardTitleText(honest.doc).toString().startsWith('Ред: '), 5000, 'edit to reach the reader')
    })
  }

  test('a deletion by a viewer is refused too', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const viewer = await t.user('viewer2')
    await t.setRole(board.id, 'viewer2', 'viewer')
    const honest = connectDoc(t.server.url, board.documents.plan, viewer.cookie)
    await honest.whenSynced()
    const raw = rawSocket(syncUrl(t, board.documents.plan), viewer.cookie)
    await raw.opened
    raw.ws.send(craftedUpdate(honest.doc, doc => boardTitleText(doc).delete(0, 5)))
    expect((await raw.closed).code).toBe(CloseCode.writeRefused)
    const editor = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await editor.whenSynced()
    expect(boardTitleText(editor.doc).toString()).toBe('Тестовый район, 2023–2024')
  })

  test('an unauthenticated WebSocket and REST call are refused', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const raw = rawSocket(syncUrl(t, board.documents.plan))
    expect((await raw.closed).code).toBe(CloseCode.unauthorized)
    expect(raw.messages.some(m => m[0] === MessageType.sync)).toBe(false)
    const anonymous = new ApiClient(t.server.url)
    for (const [method, path] of [['GET', '/api/boards'], ['GET', `/api/boards/${board.id}`], ['GET', '/api/users'], ['GET', '/api/session']] as const) {
      const response = await anonymous.request<{ error: { code: string; message: string } }>(method, path)
      expect(response.status).toBe(401)
      expect(response.body.error.code).toBe('unauthorized')
      expect(response.body.error.message).toMatch(/[а-я]/)
    }
    const forged = rawSocket(syncUrl(t, board.documents.plan), 'planerka_session=forged')
    expect((await forged.closed).code).toBe(CloseCode.unauthorized)
  })

  test('a member of board A cannot open board B', async () => {
    t = await startTestServer()
    const boardA = await t.createBoard('Район А')
    const boardB = await t.createBoard('Район Б')
    const member = await t.user('member')
    await t.setRole(boardA.id, 'member', 'editor')
    expect((await member.request('GET', `/api/boards/${boardA.id}`)).status).toBe(200)
    expect((await member.request('GET', `/api/boards/${boardB.id}`)).status).toBe(404)
    const listed = await member.request<{ boards: Array<{ id: string }> }>('GET', '/api/boards')
    expect(listed.body.boards.map(b => b.id)).toEqual([boardA.id])
    const raw = rawSocket(syncUrl(t, boardB.documents.plan), member.cookie)
    const closed = await raw.closed
    expect(closed.code).toBe(CloseCode.forbidden)
    expect(raw.messages.some(m => m[0] === MessageType.sync)).toBe(false)
    // Nor change its members.
    expect((await member.request('PUT', `/api/boards/${boardB.id}/members/member`, { role: 'owner' })).status).toBe(404)
    // An editor of A cannot manage A's members either.
    expect((await member.request('PUT', `/api/boards/${boardA.id}/members/member`, { role: 'owner' })).status).toBe(403)
  })

  test('only administrators create users and boards', async () => {
    t = await startTestServer()
    const plain = await t.user('plain')
    expect((await plain.request('POST', '/api/boards', { district: 'X', year: '2023-2024' })).status).toBe(403)
    expect((await plain.request('POST', '/api/users', { login: 'x1', password: 'password1', name: 'X' })).status).toBe(403)
  })

  test('a role change and a removal take effect on connections already open', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const editor = await t.user('ed')
    await t.setRole(board.id, 'ed', 'editor')
    const conn = connectDoc(t.server.url, board.documents.plan, editor.cookie)
    await conn.whenSynced()
    boardTitleText(conn.doc).insert(0, '1 ')
    await conn.whenSaved()

    await t.setRole(board.id, 'ed', 'viewer')
    const closed = nextEvent<{ code: number }>(conn, 'closed')
    boardTitleText(conn.doc).insert(0, '2 ')
    expect((await closed).code).toBe(CloseCode.writeRefused)

    const again = connectDoc(t.server.url, board.documents.plan, editor.cookie)
    await again.whenSynced()
    expect(boardTitleText(again.doc).toString()).toBe('1 Тестовый район, 2023–2024')
    const removed = nextEvent<{ code: number }>(again, 'closed')
    expect((await t.admin.request('DELETE', `/api/boards/${board.id}/members/ed`)).status).toBe(200)
    expect((await removed).code).toBe(CloseCode.forbidden)
  })

  test('signing out closes that session\'s open connections', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const user = await t.user('leaver')
    await t.setRole(board.id, 'leaver', 'editor')
    const conn = connectDoc(t.server.url, board.documents.plan, user.cookie)
    await conn.whenSynced()
    const closed = nextEvent<{ code: number }>(conn, 'closed')
    expect((await user.request('DELETE', '/api/session')).status).toBe(204)
    expect((await closed).code).toBe(CloseCode.unauthorized)
    expect((await user.request('GET', '/api/boards')).status).toBe(401)
  })

  test('requests from another site\'s page are refused (REST and WebSocket)', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const response = await fetch(`${t.server.url}/api/users`, {
      method: 'POST',
      headers: { cookie: t.admin.cookie, origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'intruder', password: 'password123', name: 'X' }),
    })
    expect(response.status).toBe(403)
    const users = (await t.admin.request<{ users: Array<{ login: string }> }>('GET', '/api/users')).body.users
    expect(users.map(u => u.login)).toEqual(['admin'])
    const ws = new WS(syncUrl(t, board.documents.plan), { headers: { cookie: t.admin.cookie, origin: 'http://evil.example' } })
    const code = await new Promise<number>(resolve => ws.on('close', resolve))
    expect(code).toBe(CloseCode.forbidden)
  })

  test('the last owner cannot be removed or demoted', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const response = await t.admin.request<{ error: { code: string } }>('PUT', `/api/boards/${board.id}/members/admin`, { role: 'editor' })
    expect(response.status).toBe(409)
    expect(response.body.error.code).toBe('last_owner')
  })
})

describe('request size bounds', () => {
  test('an oversized JSON body is refused with a Russian message', async () => {
    t = await startTestServer()
    const big = 'я'.repeat(3 * 1024 * 1024)
    const response = await t.admin.request<{ error: { code: string; message: string } }>('POST', '/api/users', { login: 'big', password: 'password1', name: big })
    expect(response.status).toBe(400)
    expect(response.body.error.message).toBe('Слишком большой запрос.')
  })
})
