import { describe, expect, test } from 'vitest'
import type { MetaStore } from './MetaStore'

/**
 * The one suite every MetaStore passes. `reopen` gives a store over the same
 * storage (for memory, the same instance), to check that updates persist.
 */
export function runMetaStoreContract (label: string, create: () => Promise<{ store: MetaStore; reopen: () => Promise<MetaStore> }>): void {
  describe(`MetaStore contract: ${label}`, () => {
    test('starts empty with a format version', async () => {
      const { store } = await create()
      expect(store.data).toMatchObject({ version: 1, users: [], sessions: [], boards: [], members: [] })
    })

    test('an update is visible at once and after reopening', async () => {
      const { store, reopen } = await create()
      const result = await store.update(data => {
        data.users.push({ login: 'ivanova', name: 'Иванова Мария', isAdmin: false, active: true, passwordHash: 'h', createdAt: '2023-09-01T00:00:00.000Z' })
        return data.users.length
      })
      expect(result).toBe(1)
      expect(store.data.users[0].name).toBe('Иванова Мария')
      await store.close()
      const again = await reopen()
      expect(again.data.users.map(u => u.login)).toEqual(['ivanova'])
    })

    test('overlapping updates all land, in order', async () => {
      const { store, reopen } = await create()
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.update(data => {
        data.boards.push({ id: `b${i}`, district: 'Район', year: '2023-2024', createdAt: '', createdBy: 'admin', documents: { plan: `p${i}`, report: `r${i}`, annotations: `a${i}` } })
      })))
      await store.close()
      const again = await reopen()
      expect(again.data.boards.map(b => b.id)).toEqual(Array.from({ length: 20 }, (_, i) => `b${i}`))
    })
  })
}
