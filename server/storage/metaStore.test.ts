import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { LowMetaStore, MetaStoreCorruptError } from './LowMetaStore'
import { MemoryMetaStore } from './MemoryMetaStore'
import { runMetaStoreContract } from './metaStore.contract'

const dirs: string[] = []
async function tempDir (): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'planerka-meta-'))
  dirs.push(dir)
  return dir
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(dir => rm(dir, { recursive: true, force: true })))
})

runMetaStoreContract('memory', async () => {
  const store = new MemoryMetaStore()
  return { store, reopen: async () => store }
})
runMetaStoreContract('lowdb', async () => {
  const path = join(await tempDir(), 'db.json')
  return { store: await LowMetaStore.open(path), reopen: () => LowMetaStore.open(path) }
})

describe('LowMetaStore damage', () => {
  for (const [label, content] of [['empty', ''], ['broken JSON', '{"version": 1, "users": ['], ['foreign JSON', '[1,2,3]']] as const) {
    test(`a ${label} file refuses to open, names the file and keeps it`, async () => {
      const path = join(await tempDir(), 'db.json')
      await writeFile(path, content)
      const error = await LowMetaStore.open(path).then(() => null, (e: unknown) => e)
      expect(error).toBeInstanceOf(MetaStoreCorruptError)
      expect((error as Error).message).toContain(path)
      expect(await readFile(path, 'utf8')).toBe(content)
    })
  }
})

describe('LowMetaStore on a disk that refuses writes', () => {
  test('a change that could not be written is taken back, so the next write does not store it behind the caller\'s back', async () => {
    const dir = await tempDir()
    const path = join(dir, 'db.json')
    const store = await LowMetaStore.open(path)
    await store.update(data => { data.members.push({ boardId: 'b1', login: 'kept', role: 'editor' }) })
    // The folder is gone: the write fails (as on a full disk) after the change was made in memory.
    await rm(dir, { recursive: true, force: true })
    await expect(store.update(data => { data.members.push({ boardId: 'b1', login: 'refused', role: 'editor' }) })).rejects.toMatchObject({ code: 'ENOENT' })
    expect(store.data.members.map(member => member.login)).toEqual(['kept'])
    await mkdir(dir)
    await store.update(data => { data.users.length = 0 })
    const reopened = await LowMetaStore.open(path)
    expect(reopened.data.members.map(member => member.login)).toEqual(['kept'])
  })
})
