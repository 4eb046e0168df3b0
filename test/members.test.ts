import { afterEach, describe, expect, test } from 'vitest'
import type { BoardDetails, MemberCandidate } from '../shared/api'
import { ApiClient } from './helpers/api'
import { startTestServer, type TestServer } from './helpers/testServer'

let t: TestServer
afterEach(async () => { await t?.stop() })

const enc = encodeURIComponent

describe('Cyrillic logins and the member search', () => {
  test('a Cyrillic login is created in one case and signs in whatever case is typed', async () => {
    t = await startTestServer()
    const created = await t.admin.request<{ login: string }>('POST', '/api/users', { login: 'Иванова', password: 'ivanova-password', name: 'Иванова Мария Петровна' })
    expect(created.status).toBe(201)
    expect(created.body.login).toBe('иванова')
    const again = await t.admin.request<{ message: string }>('POST', '/api/users', { login: 'ИВАНОВА', password: 'ivanova-password', name: 'Другая' })
    expect(again.status).toBe(409)

    const client = new ApiClient(t.server.url)
    await client.signIn('ИвАнОвА', 'ivanova-password')
    const session = await client.request<{ user: { login: string; name: string } }>('GET', '/api/session')
    expect(session.body.user).toMatchObject({ login: 'иванова', name: 'Иванова Мария Петровна' })

    const mixed = await t.admin.request<{ error: { message: string } }>('POST', '/api/users', { login: 'аdmin', password: 'mixed-password', name: 'Подделка' })
    expect(mixed.status).toBe(400)
    expect(mixed.body.error.message).toMatch(/латиницей, либо кириллицей/)
  })

  test('an owner finds people by name or login as they type and adds them by a Cyrillic login; others may not search', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    await t.admin.request('POST', '/api/users', { login: 'иванова', password: 'ivanova-password', name: 'Иванова Мария Петровна' })
    await t.admin.request('POST', '/api/users', { login: 'semenova', password: 'semenova-password', name: 'Семёнова Ольга' })
    await t.admin.request('POST', '/api/users', { login: 'ivanov', password: 'ivanov-password', name: 'Иванов Пётр' })
    await t.admin.request('PATCH', '/api/users/ivanov', { active: false })
    const owner = await t.user('owner1', 'Владелица Доски')
    await t.setRole(board.id, 'owner1', 'owner')
    const editor = await t.user('editor1')
    await t.setRole(board.id, 'editor1', 'editor')

    const search = (client: ApiClient, q: string) =>
      client.request<{ users: MemberCandidate[] }>('GET', `/api/boards/${board.id}/member-candidates?q=${enc(q)}`)

    const byName = await search(owner, 'иван')
    expect(byName.status).toBe(200)
    // The deactivated Иванов is not offered.
    expect(byName.body.users).toEqual([{ login: 'иванова', name: 'Иванова Мария Петровна', role: null }])
    expect((await search(owner, 'семенова')).body.users.map(u => u.login)).toEqual(['semenova'])
    expect((await search(owner, 'мария')).body.users.map(u => u.login)).toEqual(['иванова'])
    expect((await search(owner, 'editor')).body.users).toEqual([{ login: 'editor1', name: 'editor1', role: 'editor' }])
    expect((await search(owner, '')).body.users).toEqual([])

    // Searching is for those who manage the board: an editor and a stranger are refused.
    expect((await search(editor, 'иван')).status).toBe(403)
    const stranger = await t.user('stranger')
    expect((await search(stranger, 'иван')).status).toBe(404)
    expect((await new ApiClient(t.server.url).request('GET', `/api/boards/${board.id}/member-candidates?q=a`)).status).toBe(401)

    const added = await owner.request<BoardDetails>('PUT', `/api/boards/${board.id}/members/${enc('Иванова')}`, { role: 'editor' })
    expect(added.status).toBe(200)
    expect(added.body.members).toContainEqual({ login: 'иванова', name: 'Иванова Мария Петровна', role: 'editor' })
    expect((await search(owner, 'иван')).body.users[0].role).toBe('editor')
    const removed = await owner.request<BoardDetails>('DELETE', `/api/boards/${board.id}/members/${enc('ИВАНОВА')}`)
    expect(removed.status).toBe(200)
    expect(removed.body.members.some(m => m.login === 'иванова')).toBe(false)
  })
})
