import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import * as Y from 'yjs'
import { FileDocStore } from '../../server/storage/FileDocStore'
import { LogRecordKind, readLogRecords } from '../../server/storage/log/logRecord'

/**
 * What a data folder holds on disk for one document (snapshot in docs/ plus
 * the records of log/ after it), read without writing anything, so a test
 * can look while the server runs or after it was killed. Throws on damage
 * anywhere but a torn last record.
 */
export async function readStoredState (dataDir: string, name: string): Promise<Uint8Array | null> {
  const snapshot = await new FileDocStore(join(dataDir, 'docs')).loadSnapshot(name)
  if (!snapshot.ok) throw new Error(snapshot.error.message)
  const logDir = join(dataDir, 'log')
  const files = (await readdir(logDir).catch(() => [] as string[])).filter(file => file.endsWith('.wal')).sort()
  let base: Uint8Array | null = snapshot.snapshot?.state ?? null
  const updates: Uint8Array[] = []
  const after = snapshot.snapshot?.seq ?? 0
  for (const file of files) {
    // A torn last record reads as a shorter file (the server cuts it at start); damage before it throws.
    const read = readLogRecords(await readFile(join(logDir, file)))
    if (!read.ok) throw new Error(`damaged log ${file}: ${read.problem}`)
    for (const record of read.records) {
      if (record.name !== name || record.seq <= after) continue
      if (record.kind === LogRecordKind.update) updates.push(record.payload)
      else {
        base = record.kind === LogRecordKind.reset ? record.payload : null
        updates.length = 0
      }
    }
  }
  if (updates.length === 0) return base
  return Y.mergeUpdates(base ? [base, ...updates] : updates)
}
