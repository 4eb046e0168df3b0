import type { DocStore } from './DocStore'
import type { StorageHealth } from './StorageHealth'

/**
 * The same store, reporting every write's outcome to `health`: the sync
 * core's saves and the services' own writes (new boards, restores) alike.
 * Reads pass through untouched.
 */
export function watchedDocStore (store: DocStore, health: StorageHealth): DocStore {
  const watch = async (name: string, write: () => Promise<void>): Promise<void> => {
    const begun = health.begin()
    try {
      await write()
    } catch (error) {
      health.failed(error, name)
      throw error
    }
    health.succeeded(begun)
  }
  const watched: DocStore = {
    load: name => store.load(name),
    list: () => store.list(),
    save: (name, state) => watch(name, () => store.save(name, state)),
    remove: name => watch(name, () => store.remove(name)),
  }
  if (store.append) {
    const append = store.append.bind(store)
    watched.append = (name, update) => watch(name, () => append(name, update))
  }
  return watched
}
