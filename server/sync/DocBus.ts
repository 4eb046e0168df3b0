/**
 * How rooms of the same document on several server instances reach each
 * other. The sync core publishes what its own connections changed and
 * applies what arrives; it never learns what carries it (Redis in
 * server/cluster/RedisBus.ts). One process alone uses `localBus`, which does
 * nothing.
 */
export interface DocBus {
  /** Starts exchanging a loaded document's changes with the other instances. */
  join (docName: string, peer: BusPeer): BusChannel
  close (): Promise<void>
}

/** What a room offers the bus. */
export interface BusPeer {
  /** An update another instance accepted. */
  applyRemoteUpdate (update: Uint8Array): void
  /** Presence of clients connected to another instance. */
  applyRemoteAwareness (update: Uint8Array): void
  stateVector (): Uint8Array
  /** What this instance has beyond `stateVector` (empty update when nothing). */
  diffSince (stateVector: Uint8Array): Uint8Array
  /** Presence of this instance's own clients, or null when none. */
  localAwareness (): Uint8Array | null
}

export interface BusChannel {
  publishUpdate (update: Uint8Array): void
  publishAwareness (update: Uint8Array): void
  /**
   * Resolves once everything published so far has reached the bus. The
   * «saved» acknowledgement waits for it: an edit is not «Сохранено» while
   * the other instances cannot get it.
   */
  settled (): Promise<void>
  leave (): void
}

/** Marks changes that came over the bus, so they are not published back. */
export const BUS_ORIGIN = Symbol('bus')

const noChannel: BusChannel = {
  publishUpdate () {},
  publishAwareness () {},
  settled: () => Promise.resolve(),
  leave () {},
}

/** A single process: nothing to exchange. */
export const localBus: DocBus = {
  join: () => noChannel,
  close: async () => {},
}
