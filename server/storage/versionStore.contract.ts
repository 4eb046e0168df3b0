import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import type { VersionInfo } from '../../shared/review/versionModel'
import { authorLogins } from './authorMinutes'
import { VersionIdTaken } from './VersionIdTaken'
import type { VersionStore } from './VersionStore'

const info = (id: string, name: string): VersionInfo => ({ id, kind: 'named', name, createdAt: '2024-05-15T10:00:00.000Z', createdBy: 'admin', authors: ['admin'], size: 0 })

/** A small real Yjs state holding `value`. */
function state (value: number): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('m').set('v', value)
  return Y.encodeStateAsUpdate(doc)
}

function valueOf (bytes: Uint8Array | undefined): unknown {
  const doc = new Y.Doc()
  if (bytes) Y.applyUpdate(doc, bytes)
  return doc.getMap('m').get('v')
}

/** The one suite every VersionStore passes. */
export function runVersionStoreContract (label: string, create: () => Promise<VersionStore>): void {
  describe(`VersionStore contract: ${label}`, () => {
    test('saves, lists in order and loads versions per board', async () => {
      const store = await create()
      await store.save('b1', info('v1', 'Версия для совета 15.05'), { plan: state(1), report: state(3) })
      await store.save('b1', info('v2', 'После совета'), { plan: state(4), report: state(5), frozen: '{"a":1}' })
      await store.save('b2', info('v1', 'Другая доска'), { plan: state(9), report: state(9) })
      expect((await store.list('b1')).map(v => v.name)).toEqual(['Версия для совета 15.05', 'После совета'])
      const loaded = await store.load('b1', 'v2')
      expect(valueOf(loaded?.plan)).toBe(4)
      expect(valueOf((await store.load('b1', 'v1'))?.report)).toBe(3)
      expect(loaded?.frozen).toBe('{"a":1}')
      expect(await store.load('b1', 'nope')).toBeNull()
      expect((await store.list('b2')).map(v => v.name)).toEqual(['Другая доска'])
    })

    test('versions are immutable: the same id cannot be saved twice', async () => {
      const store = await create()
      await store.save('b', info('v1', 'A'), { plan: state(1), report: state(1) })
      await expect(store.save('b', info('v1', 'B'), { plan: state(2), report: state(2) })).rejects.toBeInstanceOf(VersionIdTaken)
      expect((await store.list('b')).map(v => v.name)).toEqual(['A'])
    })

    test('authors are recorded per minute and found by time range', async () => {
      const store = await create()
      await store.recordAuthor('b', 'petrova', new Date('2024-05-15T10:00:10Z'))
      await store.recordAuthor('b', 'petrova', new Date('2024-05-15T10:00:50Z'))
      await store.recordAuthor('b', 'ivanova', new Date('2024-05-15T11:30:00Z'))
      expect(authorLogins(await store.changesBetween('b', null, new Date('2024-05-15T10:30:00Z')))).toEqual(['petrova'])
      expect(authorLogins(await store.changesBetween('b', new Date('2024-05-15T10:30:00Z'), new Date('2024-05-15T12:00:00Z')))).toEqual(['ivanova'])
      expect(authorLogins(await store.changesBetween('other', null, new Date()))).toEqual([])
    })

    test('the parts each person changed are kept per minute, once each, and found by time range', async () => {
      const store = await create()
      const at = (time: string) => new Date(`2024-05-15T${time}Z`)
      await store.recordAuthor('b', 'petrova', at('10:00:10'), ['planNodes/a'])
      await store.recordAuthor('b', 'petrova', at('10:00:20'), ['planNodes/a', 'planNodes/b'])
      await store.recordAuthor('b', 'petrova', at('10:00:30'))
      await store.recordAuthor('b', 'ivanova', at('10:00:40'), ['reportSections/s1'])
      await store.recordAuthor('b', 'petrova', at('11:15:00'), ['planNodes/a'])
      // Concurrent records of one minute (two documents of a board changed in one turn) are all kept.
      await Promise.all([store.recordAuthor('b', 'sidorov', at('12:00:01'), ['planNodes/c']), store.recordAuthor('b', 'sidorov', at('12:00:02'), ['reportSections/s2'])])
      expect(await store.changesBetween('b', null, at('10:59:00'))).toEqual([
        { login: 'ivanova', at: at('10:00:00'), parts: ['reportSections/s1'] },
        { login: 'petrova', at: at('10:00:00'), parts: ['planNodes/a', 'planNodes/b'] },
      ])
      expect(await store.changesBetween('b', at('11:00:00'), at('13:00:00'))).toEqual([
        { login: 'petrova', at: at('11:15:00'), parts: ['planNodes/a'] },
        { login: 'sidorov', at: at('12:00:00'), parts: ['planNodes/c', 'reportSections/s2'] },
      ])
      expect(authorLogins(await store.changesBetween('b', at('11:00:00'), at('13:00:00')))).toEqual(['petrova', 'sidorov'])
      expect(await store.changesBetween('other', null, at('13:00:00'))).toEqual([])
    })
  })
}

/** Versions that are real Yjs states come back as the same documents, however the store keeps them. */
export function runVersionContentContract (label: string, create: () => Promise<VersionStore>): void {
  describe(`VersionStore content: ${label}`, () => {
    test('a long series of versions of an edited document loads back exactly, each one', async () => {
      const { Doc, encodeStateAsUpdate, applyUpdate } = Y
      const store = await create()
      const doc = new Doc()
      const report = new Doc()
      const expected: string[] = []
      for (let i = 0; i < 45; i++) {
        const text = doc.getText('t')
        text.insert(text.length, `правка ${i}; `)
        if (i % 7 === 3) text.delete(0, 4)
        report.getMap('m').set(`k${i % 5}`, i)
        expected.push(`${text.toString()}|${JSON.stringify(report.getMap('m').toJSON())}`)
        await store.save('b', { ...info(`v${i}`, `версия ${i}`) }, { plan: encodeStateAsUpdate(doc), report: encodeStateAsUpdate(report) })
      }
      for (const i of [0, 1, 19, 20, 21, 39, 44]) {
        const states = await store.load('b', `v${i}`)
        const plan = new Doc()
        const rep = new Doc()
        applyUpdate(plan, states!.plan)
        applyUpdate(rep, states!.report)
        expect(`${plan.getText('t').toString()}|${JSON.stringify(rep.getMap('m').toJSON())}`).toBe(expected[i])
      }
    })
  })
}
