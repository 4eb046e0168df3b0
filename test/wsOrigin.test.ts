import WS from 'ws'
import { afterEach, describe, expect, test } from 'vitest'
import { CloseCode } from '../shared/protocol/closeCodes'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc } from './helpers/yClient'

let ts: TestServer | undefined
afterEach(async () => {
  closeAllDocs()
  await ts?.stop()
  ts = undefined
})

/** Opens the sync socket with the given Origin; resolves with the close code and reason (or the failed handshake's status). */
function openWithOrigin (url: string, cookie: string, origin: string): Promise<{ code: number; reason: string } | { status: number }> {
  return new Promise(resolve => {
    const socket = new WS(url, { headers: { cookie, origin } })
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
    socket.on('unexpected-response', (_request, response) => { resolve({ status: response.statusCode ?? 0 }); socket.terminate() })
    socket.on('error', () => {})
  })
}

describe('WebSocket Origin (issue 14 item 7)', () => {
  test('Origin null, garbage or another site is refused with a close code, never a 500; the server keeps syncing', async () => {
    ts = await startTestServer()
    const board = await ts.createBoard()
    const url = `${ts.server.url.replace(/^http/, 'ws')}/api/sync/${board.documents.plan}`
    for (const origin of ['null', 'garbage', 'http://', '::::', 'http://evil.example']) {
      expect(await openWithOrigin(url, ts.admin.cookie, origin)).toEqual({ code: CloseCode.forbidden, reason: 'bad_origin' })
    }
    expect((await ts.admin.request('GET', '/api/health')).status).toBe(200)
    const client = connectDoc(ts.server.url, board.documents.plan, ts.admin.cookie)
    await client.whenSynced() // a normal client still syncs after the refusals
    const sameSite = await fetch(`${ts.server.url}/api/boards`, { method: 'POST', headers: { cookie: ts.admin.cookie, origin: 'null', 'content-type': 'application/json' }, body: '{}' })
    expect(sameSite.status).toBe(403)
  })

  test('the sync path: an upgrade with a query or an encoded name syncs, a plain GET is 426, a deeper path the API\'s 404', async () => {
    ts = await startTestServer()
    const board = await ts.createBoard()
    const base = `${ts.server.url.replace(/^http/, 'ws')}/api/sync`
    const origin = ts.server.url
    const encoded = board.documents.plan.replace(/-/g, '%2D')
    expect(encoded).not.toBe(board.documents.plan)
    for (const url of [`${base}/${board.documents.plan}?room=1`, `${base}/${encoded}`]) {
      const opened = await new Promise<string>(resolve => {
        const socket = new WS(url, { headers: { cookie: ts!.admin.cookie, origin } })
        // The server's sync step 1 is its first message: the socket reached the document.
        socket.once('message', () => { resolve('synced'); socket.close() })
        socket.on('close', code => resolve(`closed ${code}`))
        socket.on('unexpected-response', (_request, response) => resolve(`status ${response.statusCode}`))
        socket.on('error', () => {})
      })
      expect(opened).toBe('synced')
    }
    expect((await fetch(`${ts.server.url}/api/sync/${board.documents.plan}`, { headers: { cookie: ts.admin.cookie } })).status).toBe(426)
    expect(await openWithOrigin(`${base}/${board.documents.plan}/more`, ts.admin.cookie, origin)).toEqual({ status: 404 })
  })
})
