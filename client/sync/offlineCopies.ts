/**
 * The browser's offline copies of documents (y-indexeddb), one database per
 * document, all named with this prefix so sign-out can remove them: the next
 * person on this computer must not see, or merge back, someone else's copy.
 */
const OFFLINE_PREFIX = 'planerka:'

export function offlineDbName (docName: string): string {
  return OFFLINE_PREFIX + docName
}

export async function clearOfflineCopies (): Promise<void> {
  if (typeof indexedDB === 'undefined' || !indexedDB.databases) return
  const databases = await indexedDB.databases()
  await Promise.all(databases
    .filter(db => db.name?.startsWith(OFFLINE_PREFIX))
    .map(db => new Promise<void>(resolve => {
      const request = indexedDB.deleteDatabase(db.name!)
      request.onsuccess = request.onerror = request.onblocked = () => resolve()
    })))
}
