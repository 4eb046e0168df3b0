import { describe, expect, test } from 'vitest'
import type { VersionInfo } from '../../shared/review/versionModel'
import type { VersionStore } from './VersionStore'

const info = (id: string, name: string): VersionInfo => ({ id, kind: 'named', name, createdAt: '2024-05-15T10:00:00.000Z', createdBy: 'admin', authors: ['admin'], size: 0 })

/** The one suite every VersionStore passes. */
export function runVersionStoreContract (label: string, create: () => Promise<VersionStore>): void {
  describe(`VersionStore contract: ${label}`, () => {
    test('saves, lists in order and loads versions per board', async () => {
      const store = await create()
      await store.save('b1', info('v1', 'Версия для совета 15.05'), { plan: new Uint8Array([1, 2]), report: new Uint8Array([3]) })
      await store.save('b1', info('v2', 'После совета'), { plan: new Uint8Array([4]), report: new Uint8Array([5]), frozen: '{"a":1}' })
      await store.save('b2', info('v1', 'Другая доска'), { plan: new Uint8Array([9]), report: new Uint8Array([9]) })
      expect((await store.list('b1')).map(v => v.name)).toEqual(['Версия для совета 15.05', 'После совета'])
      const loaded = await store.load('b1', 'v2')
      expect(loaded && Array.from(loaded.plan)).toEqual([4])
      expect(loaded?.frozen).toBe('{"a":1}')
      expect(await store.load('b1', 'nope')).toBeNull()
      expect((await store.list('b2')).map(v => v.name)).toEqual(['Другая доска'])
    })

    test('versions are immutable: the same id cannot be saved twice', async () => {
      const store = await create()
      await store.save('b', info('v1', 'A'), { plan: new Uint8Array([1]), report: new Uint8Array([1]) })
      await expect(store.save('b', info('v1', 'B'), { plan: new Uint8Array([2]), report: new Uint8Array([2]) })).rejects.toThrow()
      expect((await store.list('b')).map(v => v.name)).toEqual(['A'])
    })

    test('authors are recorded per minute and found by time range', async () => {
      const store = await create()
      await store.recordAuthor('b', 'petrova', new Date('2024-05-15T10:00:10Z'))
      await store.recordAuthor('b', 'petrova', new Date('2024-05-15T10:00:50Z'))
      await store.recordAuthor('b', 'ivanova', new Date('2024-05-15T11:30:00Z'))
      expect(await store.authorsBetween('b', null, new Date('2024-05-15T10:30:00Z'))).toEqual(['petrova'])
      expect(await store.authorsBetween('b', new Date('2024-05-15T10:30:00Z'), new Date('2024-05-15T12:00:00Z'))).toEqual(['ivanova'])
      expect(await store.authorsBetween('other', null, new Date())).toEqual([])
    })
  })
}
