import { open } from 'node:fs/promises'

/** Makes the creation, renaming or removal of files in a folder survive a power cut. */
export async function syncDir (dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
