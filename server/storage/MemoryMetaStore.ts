import { emptyMetaData, type MetaData } from './MetaData'
import type { MetaStore } from './MetaStore'

export class MemoryMetaStore implements MetaStore {
  readonly data: MetaData = emptyMetaData()

  async update<T> (change: (data: MetaData) => T): Promise<T> {
    return change(this.data)
  }

  async close (): Promise<void> {}
}
