import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { AuditAction, type AuditEvent } from '../shared/audit'
import { Role } from '../shared/roles'
import { startTestServer, type TestServer } from './helpers/testServer'

let ts: TestServer | undefined
afterEach(async () => { await ts?.stop(); ts = undefined })

describe('audit log', () => {
  test('role changes, review states, exports, user changes and sign-ins are recorded as JSON lines; only administrators read them', async () => {
    ts = await startTestServer()
    const board = await ts.createBoard()
    const editor = await ts.user('editor')
    await ts.setRole(board.id, 'editor', Role.editor)
    expect((await ts.admin.request('PATCH', '/api/users/editor', { password: 'Совсем-новый-пароль-7' })).status).toBe(200)
    expect((await ts.admin.request('POST', `/api/boards/${board.id}/review/submit`)).status).toBe(200)
    const exported = await fetch(`${ts.server.url}/api/boards/${board.id}/export?format=docx&what=plan`, { headers: { cookie: ts.admin.cookie } })
    expect(exported.status).toBe(200)
    await exported.arrayBuffer()
    expect((await ts.admin.request('DELETE', `/api/boards/${board.id}/members/editor`)).status).toBe(200)
    // A refused action changed nothing and is not recorded as done.
    expect((await ts.admin.request('DELETE', `/api/boards/${board.id}/members/admin`)).status).toBe(409)

    const refused = await editor.request('GET', '/api/audit')
    expect(refused.status).toBe(401) // the password reset ended the editor's session
    const { status, body } = await ts.admin.request<{ events: AuditEvent[] }>('GET', '/api/audit?limit=50')
    expect(status).toBe(200)
    const seen = body.events.map(e => [e.action, e.actor, e.target ?? '', e.details ?? ''])
    expect(seen).toContainEqual([AuditAction.roleChanged, 'admin', board.id, 'editor: editor'])
    expect(seen).toContainEqual([AuditAction.userChanged, 'admin', '', 'editor: password'])
    expect(seen).toContainEqual([AuditAction.reviewState, 'admin', board.id, 'submit'])
    expect(seen).toContainEqual([AuditAction.exported, 'admin', board.id, 'plan docx'])
    expect(seen).toContainEqual([AuditAction.memberRemoved, 'admin', board.id, 'editor'])
    expect(seen.filter(e => e[0] === AuditAction.memberRemoved)).toHaveLength(1)
    expect(seen.filter(e => e[0] === AuditAction.signIn).map(e => e[1])).toEqual(expect.arrayContaining(['admin', 'editor']))
    // Newest first.
    expect(body.events[0].action).toBe(AuditAction.memberRemoved)

    const lines = (await readFile(join(ts.dataDir, 'audit.jsonl'), 'utf8')).trim().split('\n')
    expect(lines.length).toBe(body.events.length)
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ at: expect.any(String), action: expect.any(String), actor: expect.any(String) })
    expect(lines.join('\n')).not.toContain('Совсем-новый-пароль-7')
    expect(lines.join('\n')).not.toContain('editor-password')

    const viewer = await ts.user('viewer')
    expect((await viewer.request('GET', '/api/audit')).status).toBe(403)
  })
})
