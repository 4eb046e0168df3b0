type Listener = () => void

const listeners = new Set<Listener>()

/**
 * Subscribes to "the session has ended" (a 401 from the API, or a live
 * connection closed as unauthorized). Returns the unsubscribe function.
 */
export function onSessionEnded (listener: Listener): () => void {
  listeners.add(listener)
  return () => { listeners.delete(listener) }
}

/** Tells the shell to show the login screen; also for the live board's 4401 close. */
export function notifySessionEnded (): void {
  for (const listener of [...listeners]) listener()
}
