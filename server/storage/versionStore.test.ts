import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { FileVersionStore } from './FileVersionStore'
import { MemoryVersionStore } from './MemoryVersionStore'
import { runVersionContentContract, runVersionStoreContract } from './versionStore.contract'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(dir => rm(dir, { recursive: true, force: true })))
})

runVersionStoreContract('memory', async () => new MemoryVersionStore())
const fileStore = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'planerka-versions-'))
  dirs.push(dir)
  return new FileVersionStore(dir)
}
runVersionStoreContract('files', fileStore)
runVersionContentContract('memory', async () => new MemoryVersionStore())
runVersionContentContract('files', fileStore)
