import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import type { DocStore } from './DocStore'

/** The one suite every DocStore passes: run it from each implementation's test file. */
export function runDocStoreContract (label: string, create: () => Promise<DocStore>): void {
  describe(`DocStore contract: ${label}`, () => {
    test('a document never saved loads as null', async () => {
      const store = await create()
      expect(await store.load('never-saved')).toEqual({ ok: true, state: null })
    })

    test('save then load returns the same Yjs state', async () => {
      const store = await create()
      const doc = new Y.Doc()
      doc.getText('t').insert(0, 'Планёрка')
      await store.save('board-1.plan', Y.encodeStateAsUpdate(doc))
      const loaded = await store.load('board-1.plan')
      if (!loaded.ok || !loaded.state) throw new Error('expected a stored state')
      const copy = new Y.Doc()
      Y.applyUpdate(copy, loaded.state)
      expect(copy.getText('t').toString()).toBe('Планёрка')
    })

    test('a later save replaces the earlier one, documents stay separate', async () => {
      const store = await create()
      await store.save('a', new Uint8Array([1, 2, 3]))
      await store.save('b', new Uint8Array([9]))
      await store.save('a', new Uint8Array([4, 5]))
      const a = await store.load('a')
      const b = await store.load('b')
      expect(a.ok && Array.from(a.state ?? [])).toEqual([4, 5])
      expect(b.ok && Array.from(b.state ?? [])).toEqual([9])
      expect(await store.list()).toEqual(['a', 'b'])
    })

    test('names with slashes, dots and Cyrillic are kept apart and listed as given', async () => {
      const store = await create()
      const names = ['../escape', 'x/y', 'доска.план', '..']
      for (const [i, name] of names.entries()) await store.save(name, new Uint8Array([i]))
      for (const [i, name] of names.entries()) {
        const loaded = await store.load(name)
        expect(loaded.ok && Array.from(loaded.state ?? [])).toEqual([i])
      }
      expect(await store.list()).toEqual([...names].sort())
    })

    test('remove forgets a document', async () => {
      const store = await create()
      await store.save('gone', new Uint8Array([1]))
      await store.remove('gone')
      await store.remove('never-there')
      expect(await store.load('gone')).toEqual({ ok: true, state: null })
      expect(await store.list()).toEqual([])
    })

    test('appended updates load merged with the saved state, in any document, and survive a later save', async () => {
      const store = await create()
      if (!store.append) return
      const doc = new Y.Doc()
      const text = doc.getText('t')
      text.insert(0, 'План')
      await store.save('p', Y.encodeStateAsUpdate(doc))
      const updates: Uint8Array[] = []
      doc.on('update', (update: Uint8Array) => updates.push(update))
      text.insert(4, ' мероприятий')
      text.delete(0, 1)
      text.insert(0, 'П')
      await Promise.all([...updates.map(update => store.append!('p', update)), store.append('other', updates[0])])
      const loaded = await store.load('p')
      if (!loaded.ok || !loaded.state) throw new Error('expected a stored state')
      const copy = new Y.Doc()
      Y.applyUpdate(copy, loaded.state)
      expect(copy.getText('t').toString()).toBe('План мероприятий')
      expect(await store.list()).toEqual(['other', 'p'])
      await store.save('p', new Uint8Array([7]))
      const replaced = await store.load('p')
      expect(replaced.ok && Array.from(replaced.state ?? [])).toEqual([7])
    })
  })
}
