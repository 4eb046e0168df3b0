import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { boardTitleText } from '../../shared/board/boardDocs'
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess'
import { ADMIN_PASSWORD } from '../helpers/testServer'
import { closeAllDocs, connectDoc, waitFor } from '../helpers/yClient'
import { startCluster, type TestCluster } from './cluster'
import { FailoverClient } from './failoverClient'

let cluster: TestCluster
let victim: ServerProcess | null = null
let victimDir = ''
beforeAll(async () => {
  cluster = await startCluster(1)
  victimDir = await mkdtemp(join(tmpdir(), 'planerka-victim-'))
  // The instance to kill is its own process (as `npm start` runs it), on the same PostgreSQL and Redis.
  victim = await startServerProcess({
    PLANERKA_DATA: victimDir,
    PLANERKA_DATABASE_URL: cluster.databaseUrl,
    PLANERKA_REDIS_URL: cluster.redis.url,
    PLANERKA_ADMIN_PASSWORD: ADMIN_PASSWORD,
    PLANERKA_SAVE_DEBOUNCE_MS: '20',
    PLANERKA_SAVE_MAX_WAIT_MS: '100',
  })
})
afterAll(async () => {
  victim?.child.kill('SIGKILL')
  await cluster?.stop()
  await rm(victimDir, { recursive: true, force: true })
})
afterEach(() => closeAllDocs())

/** Words typed this test, and how many of them the server had acknowledged as saved. */
interface Typist { prefix: string; client: FailoverClient; typed: string[]; acknowledged: number }

describe('kill -9 of one instance while its clients type', () => {
  test('they reconnect to the other and every acknowledged edit is there', async () => {
    const survivor = cluster.instances[0]
    const board = await survivor.createBoard('Выборгский район')
    const urls = [victim!.url, survivor.server.url]
    const typists: Typist[] = ['а', 'б', 'в'].map(prefix => ({ prefix, client: new FailoverClient(urls, board.documents.plan, survivor.admin.cookie), typed: [], acknowledged: 0 }))
    await Promise.all(typists.map(t => t.client.connection.whenSynced()))
    // Someone on the doomed instance who never moves (a tab left open), watched from the survivor.
    const stranded = connectDoc(victim!.url, board.documents.plan, survivor.admin.cookie)
    const watcher = connectDoc(survivor.server.url, board.documents.plan, survivor.admin.cookie)
    await Promise.all([stranded.whenSynced(), watcher.whenSynced()])
    const strandedSeen = () => watcher.awareness.getStates().has(stranded.doc.clientID)
    const seen = new Promise<void>(resolve => watcher.awareness.on('change', () => { if (strandedSeen()) resolve() }))
    stranded.awareness.setLocalStateField('user', { color: '#8e44ad' })
    await seen
    const watch = (t: Typist) => {
      // When the connection says «Сохранено», everything typed before is acknowledged.
      const onState = (state: string) => { if (state === 'saved') t.acknowledged = t.typed.length }
      let current = t.client.connection
      current.on('save-state', onState)
      return () => {
        if (t.client.connection !== current) {
          current = t.client.connection
          current.on('save-state', onState)
        }
      }
    }
    const rewatch = typists.map(watch)
    const type = (t: Typist, i: number) => {
      rewatch[typists.indexOf(t)]()
      const word = `${t.prefix}${i}`
      const text = boardTitleText(t.client.doc)
      text.insert(text.length, ` ${word}`)
      t.typed.push(word)
    }
    let killed = false
    for (let i = 0; i < 60; i++) {
      for (const t of typists) type(t, i)
      // Typing pace, not a wait for a condition.
      await new Promise(resolve => setTimeout(resolve, 15))
      // A third of the way in, let every typist see «Сохранено» once; kill in the middle of what follows.
      if (i === 20) await Promise.all(typists.map(t => t.client.connection.whenSaved()))
      if (i === 35) {
        victim!.child.kill('SIGKILL')
        await victim!.exited
        killed = true
      }
    }
    expect(killed).toBe(true)
    for (const t of typists) rewatch[typists.indexOf(t)]()
    await Promise.all(typists.map(async t => {
      await t.client.whenOn(survivor.server.url, 20_000)
      await t.client.connection.whenSynced()
      await t.client.connection.whenSaved()
    }))
    // The stranded client's presence, last relayed by the dead instance, expires on the survivor (30 s awareness timeout).
    const gone = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('stranded presence still shown')), 45_000)
      const check = () => { if (!strandedSeen()) { clearTimeout(timer); resolve() } }
      watcher.awareness.on('change', check)
      check()
    })
    await gone
    // A fresh client of the survivor: every acknowledged word, and (Yjs resends) every typed one.
    const check = connectDoc(survivor.server.url, board.documents.plan, survivor.admin.cookie)
    await check.whenSynced()
    const all = typists.flatMap(t => t.typed)
    await waitFor(check.doc, () => all.every(w => boardTitleText(check.doc).toString().includes(` ${w}`)), 20_000, 'every typed word')
    const words = new Set(boardTitleText(check.doc).toString().split(' '))
    for (const t of typists) {
      expect(t.acknowledged).toBeGreaterThan(0)
      for (const word of t.typed.slice(0, t.acknowledged)) expect(words.has(word)).toBe(true)
    }
  })
})
