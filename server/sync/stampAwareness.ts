import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/**
 * Presence cannot be forged: in every awareness state a connection sends,
 * the `user` field's login and name are replaced by those of the signed-in
 * person (a modified client could otherwise appear as someone else). The
 * colour and any other fields are the client's to choose.
 * Entries for client ids `mayUse` refuses (ids bound to another connection)
 * are left out, so nobody can replace or remove someone else's presence.
 * Format: y-protocols awareness update — varUint count, then per client
 * varUint clientID, varUint clock, varString JSON state.
 */
export function stampAwareness (
  update: Uint8Array,
  user: { login: string; name: string },
  mayUse: (clientId: number) => boolean = () => true,
): Uint8Array {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const kept: Array<{ clientId: number; clock: number; json: string }> = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const json = decoding.readVarString(decoder)
    if (mayUse(clientId)) kept.push({ clientId, clock, json: stampState(json, user) })
  }
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, kept.length)
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, entry.json)
  }
  return encoding.toUint8Array(encoder)
}

function stampState (json: string, user: { login: string; name: string }): string {
  let state: unknown
  try {
    state = JSON.parse(json)
  } catch {
    return 'null'
  }
  if (state === null || typeof state !== 'object') return JSON.stringify(state)
  const record = state as Record<string, unknown>
  if (record.user !== undefined) {
    const claimed = typeof record.user === 'object' && record.user !== null ? record.user as Record<string, unknown> : {}
    record.user = { ...claimed, login: user.login, name: user.name }
  }
  return JSON.stringify(record)
}
