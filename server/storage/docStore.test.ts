import { mkdtemp, readFile, rm, writeFile, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { runDocStoreContract } from './docStore.contract'
import { FileDocStore } from './FileDocStore'
import { MemoryDocStore } from './MemoryDocStore'

const dirs: string[] = []
async function tempDir (): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'planerka-docs-'))
  dirs.push(dir)
  return dir
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(dir => rm(dir, { recursive: true, force: true })))
})

runDocStoreContract('memory', async () => new MemoryDocStore())
runDocStoreContract('files', async () => new FileDocStore(join(await tempDir(), 'docs')))

describe('FileDocStore damage', () => {
  test('an empty file is reported with its path and left in place', async () => {
    const dir = await tempDir()
    const store = new FileDocStore(dir)
    await writeFile(store.pathOf('x'), '')
    const result = await store.load('x')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.location).toBe(store.pathOf('x'))
    expect(result.error.message).toContain(store.pathOf('x'))
    expect(result.error.message).toContain('пустой файл')
    expect(await readFile(store.pathOf('x'), 'utf8')).toBe('')
  })

  test('a truncated or bit-flipped file is reported, not read as a shorter document', async () => {
    const dir = await tempDir()
    const store = new FileDocStore(dir)
    await store.save('x', new Uint8Array(100).fill(7))
    const whole = await readFile(store.pathOf('x'))
    await writeFile(store.pathOf('x'), whole.subarray(0, whole.length - 10))
    expect((await store.load('x')).ok).toBe(false)
    const flipped = Buffer.from(whole)
    flipped[flipped.length - 1] ^= 1
    await writeFile(store.pathOf('x'), flipped)
    const result = await store.load('x')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toContain('контрольная сумма')
  })

  test('saving leaves no temporary files behind', async () => {
    const dir = await tempDir()
    const store = new FileDocStore(dir)
    for (let i = 0; i < 5; i++) await store.save('x', new Uint8Array([i]))
    expect(await readdir(dir)).toEqual([store.pathOf('x').slice(dir.length + 1)])
  })
})
