import { open, rename, unlink } from 'node:fs/promises'
import { dirname } from 'node:path'
import { randomBytes } from 'node:crypto'
import { syncDir } from './log/syncDir'

/**
 * Writes a file so that a crash at any moment leaves either the old content or
 * the new one, never a torn or empty file: write a temp file beside it, fsync
 * it, rename it over the target, then fsync the folder so the rename itself
 * survives a power cut.
 */
export async function writeFileAtomic (path: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  const file = await open(tmp, 'w', 0o600)
  try {
    await file.writeFile(data)
    await file.sync()
  } catch (error) {
    await file.close()
    await unlink(tmp).catch(() => {})
    throw error
  }
  await file.close()
  try {
    await rename(tmp, path)
  } catch (error) {
    // A folder turned read-only between the two: no stray temp file left behind.
    await unlink(tmp).catch(() => {})
    throw error
  }
  await syncDir(dirname(path))
}
