import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { DocConnection } from '../../client/sync/DocConnection'
import { boardTitleText } from '../../shared/board/boardDocs'
import { closeAllDocs, connectDoc, waitFor } from '../helpers/yClient'
import { startCluster, type TestCluster } from './cluster'

let cluster: TestCluster
beforeAll(async () => { cluster = await startCluster(2) })
afterAll(async () => { await cluster?.stop() })
afterEach(() => closeAllDocs())

/** Resolves once `word` is in an update row committed for `docName` (PostgreSQL has the edit). */
async function committedInPostgres (docName: string, word: string, ms: number): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.databaseUrl })
  await client.connect()
  const needle = Buffer.from(word)
  const deadline = Date.now() + ms
  try {
    for (;;) {
      const { rows } = await client.query<{ data: Buffer }>('SELECT data FROM doc_updates WHERE name = $1 UNION ALL SELECT snapshot FROM docs WHERE name = $1', [docName])
      if (rows.some(r => r.data.includes(needle))) return
      if (Date.now() > deadline) throw new Error(`«${word}» not committed in PostgreSQL within ${ms} ms`)
      // Polling the database: it has no event to wait on from here.
      await new Promise(resolve => setTimeout(resolve, 50))
    }
  } finally {
    await client.end()
  }
}

async function twoClients (district: string): Promise<{ docName: string; onA: DocConnection; onB: DocConnection }> {
  const [a, b] = cluster.instances
  const board = await a.createBoard(district)
  const onA = connectDoc(a.server.url, board.documents.plan, a.admin.cookie)
  const onB = connectDoc(b.server.url, board.documents.plan, b.admin.cookie)
  await Promise.all([onA.whenSynced(), onB.whenSynced()])
  return { docName: board.documents.plan, onA, onB }
}

describe('Redis or PostgreSQL restarted mid-edit', () => {
  test('Redis down: the edit is stored but not acknowledged; when Redis returns, «Сохранено» and B converges', async () => {
    const { docName, onA, onB } = await twoClients('Калининский район')
    boardTitleText(onA.doc).insert(0, 'до ')
    await waitFor(onB.doc, () => boardTitleText(onB.doc).toString().startsWith('до '), 10_000, 'the first edit on B')
    await onA.whenSaved()

    await cluster.redis.stop()
    boardTitleText(onA.doc).insert(0, 'безредиса ')
    // PostgreSQL has it, yet A must not say «Сохранено»: the other instance cannot have it.
    await committedInPostgres(docName, 'безредиса', 20_000)
    expect(onA.saveState).toBe('saving')

    await cluster.redis.start()
    await onA.whenSaved()
    await waitFor(onB.doc, () => boardTitleText(onB.doc).toString().startsWith('безредиса до '), 20_000, 'B to converge after Redis returned')
    // And what B types afterwards reaches A again.
    boardTitleText(onB.doc).insert(boardTitleText(onB.doc).length, ' после')
    await waitFor(onA.doc, () => boardTitleText(onA.doc).toString().endsWith(' после'), 20_000, 'A to get B’s later edit')
    await onB.whenSaved()
  })

  test('PostgreSQL down: edits still reach the other instance live, none is acknowledged; when it returns, «Сохранено» and nothing is lost', async () => {
    const { docName, onA, onB } = await twoClients('Кировский район')
    boardTitleText(onA.doc).insert(0, 'до ')
    await onA.whenSaved()

    await cluster.postgres.stop()
    boardTitleText(onA.doc).insert(0, 'безбазы ')
    await waitFor(onB.doc, () => boardTitleText(onB.doc).toString().startsWith('безбазы '), 10_000, 'the live edit on B')
    // Nothing can be committed while PostgreSQL is stopped, so nothing may be acknowledged.
    expect(onA.saveState).toBe('saving')

    await cluster.postgres.start()
    await onA.whenSaved()
    await committedInPostgres(docName, 'безбазы', 20_000)
    // A new client, on either instance, gets the whole text.
    const late = connectDoc(cluster.instances[1].server.url, docName, cluster.instances[1].admin.cookie)
    await late.whenSynced()
    expect(boardTitleText(late.doc).toString().startsWith('безбазы до ')).toBe(true)
  })
})
