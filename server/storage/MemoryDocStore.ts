import type { DocLoadResult, DocStore } from './DocStore'

/** DocStore in memory: for unit tests and as the reference the contract suite is written against. */
export class MemoryDocStore implements DocStore {
  private readonly states = new Map<string, Uint8Array>()

  async load (name: string): Promise<DocLoadResult> {
    const state = this.states.get(name)
    return { ok: true, state: state ? state.slice() : null }
  }

  async save (name: string, state: Uint8Array): Promise<void> {
    this.states.set(name, state.slice())
  }

  async list (): Promise<string[]> {
    return [...this.states.keys()].sort()
  }

  async remove (name: string): Promise<void> {
    this.states.delete(name)
  }
}
