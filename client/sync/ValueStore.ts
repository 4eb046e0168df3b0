/**
 * One value that changes often, for useSyncExternalStore: readers re-render
 * when it changes, and nothing else in the tree is visited.
 */
export class ValueStore<T> {
  private readonly listeners = new Set<() => void>()

  constructor (private value: T) {}

  readonly get = (): T => this.value

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => { this.listeners.delete(listener) }
  }

  set (value: T): void {
    if (Object.is(value, this.value)) return
    this.value = value
    for (const listener of this.listeners) listener()
  }
}
