import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ImportedPlan } from '../shared/plan/importedPlan'
import * as Y from 'yjs'
import { applyImportedPlan } from '../shared/plan/applyImportedPlan'
import { planNodes } from '../shared/plan/planDoc'
import { FileDocStore } from '../server/storage/FileDocStore'
import { ApiClient } from './helpers/api'
import { bigPlan } from './helpers/bigPlan'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'
import { closeAllDocs, connectDoc } from './helpers/yClient'

/**
 * `npm start` runs the server from its bundle (scripts/buildServer.mjs), where every path the server takes from
 * its own file's place is the bundle's: the built client, the demo plan, the import, export and log-folding
 * workers. The kill -9 and CLI tests run the same bundle (the CLI's export goes through the export worker); this
 * one reaches the other four.
 */
describe('the bundled server', () => {
  let dataDir: string
  let server: ServerProcess
  let signedIn: ApiClient

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'planerka-bundle-'))
    server = await startServerProcess({ PLANERKA_DATA: dataDir, PLANERKA_ADMIN_PASSWORD: 'bundle-admin-password' })
    signedIn = new ApiClient(server.url)
    await signedIn.signIn('admin', 'bundle-admin-password')
  })

  afterAll(async () => {
    closeAllDocs()
    server.child.kill('SIGTERM')
    await server.exited
    await rm(dataDir, { recursive: true, force: true })
  })

  test('serves the built client', async () => {
    const page = await (await fetch(server.url + '/')).text()
    expect(page).toContain('<html lang="ru">')
    expect(page).toContain(await readFile(fileURLToPath(new URL('../dist/client/index.html', import.meta.url)), 'utf8'))
  })

  test('made the demo board from its plan text', async () => {
    const { status, body } = await signedIn.request<{ boards: Array<{ demo?: boolean }> }>('GET', '/api/boards')
    expect(status).toBe(200)
    expect(body.boards.filter(board => board.demo)).toHaveLength(1)
  })

  test('reads a Word plan on its import worker', async () => {
    const docx = await readFile(fileURLToPath(new URL('./fixtures/plan-7-sections-auto.docx', import.meta.url)))
    const response = await fetch(`${server.url}/api/import/plan-docx`, { method: 'POST', headers: { cookie: signedIn.cookie }, body: new Uint8Array(docx) })
    expect(response.status).toBe(200)
    const { plan } = await response.json() as { plan: ImportedPlan }
    expect(plan.sections).toHaveLength(7)
  })

  test('folds a large document into its snapshot on the log-folding worker', async () => {
    const { body } = await signedIn.request<{ boards: Array<{ id: string }> }>('GET', '/api/boards')
    const board = await signedIn.request<{ documents: { plan: string } }>('GET', `/api/boards/${body.boards[0].id}`)
    const name = board.body.documents.plan
    const client = connectDoc(server.url, name, signedIn.cookie)
    await client.whenSynced()
    // Over 1 MiB in one record: the log folds it into the snapshot at once, and a document that size on the worker.
    applyImportedPlan(client.doc, bigPlan(15, 100))
    const nodes = planNodes(client.doc).size
    await client.whenSaved()
    const snapshots = new FileDocStore(join(dataDir, 'docs'))
    const snapshotNodes = async () => {
      const loaded = await snapshots.loadSnapshot(name)
      if (!loaded.ok || !loaded.snapshot) return 0
      const doc = new Y.Doc()
      Y.applyUpdate(doc, loaded.snapshot.state)
      return planNodes(doc).size
    }
    await expect.poll(snapshotNodes, { timeout: 20_000, interval: 100 }).toBe(nodes)
    expect(nodes).toBeGreaterThan(1500)
    closeAllDocs()
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    // The worker file missing from the bundle would be said here (and the fold done on the server's own thread).
    expect(server.output()).not.toContain('Поток свёртки журнала не работает')
  })
})
