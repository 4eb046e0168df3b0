import { afterEach, describe, expect, test } from 'vitest'
import type { ApiErrorBody } from '../shared/errors'
import { ErrorCode } from '../shared/errors'
import { startTestServer, type TestServer } from './helpers/testServer'

let ts: TestServer | undefined
afterEach(async () => { await ts?.stop(); ts = undefined })

/** Services throw domain errors; the one onError gives each its status, code and Russian message. */
describe('domain errors over HTTP', () => {
  test('refusals of services keep their statuses and carry a code and a Russian message', async () => {
    ts = await startTestServer()
    const board = await ts.createBoard()

    const missing = await ts.admin.request<ApiErrorBody>('GET', '/api/boards/no-such-board')
    expect(missing.status).toBe(404)
    expect(missing.body.error).toEqual({ code: ErrorCode.notFound, message: 'Доска не найдена или у вас нет к ней доступа.' })

    const lastOwner = await ts.admin.request<ApiErrorBody>('DELETE', `/api/boards/${board.id}/members/admin`)
    expect(lastOwner.status).toBe(409)
    expect(lastOwner.body.error.code).toBe(ErrorCode.lastOwner)

    const wrong = await ts.admin.request<ApiErrorBody>('POST', '/api/session', { login: 'admin', password: 'not-the-password' })
    expect(wrong.status).toBe(401)
    expect(wrong.body.error.code).toBe(ErrorCode.invalidCredentials)

    const duplicate = await ts.admin.request<ApiErrorBody>('POST', '/api/users', { login: 'admin', name: 'Второй', password: 'Длинный-пароль-42' })
    expect(duplicate.status).toBe(409)
    expect(duplicate.body.error).toMatchObject({ code: ErrorCode.conflict, message: 'Пользователь «admin» уже существует.' })

    // The server keeps answering after every refusal.
    expect((await ts.admin.request('GET', '/api/health')).status).toBe(200)
  })
})
