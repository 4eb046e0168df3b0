import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/**
 * Presence cannot be forged: in every awareness state a connection sends,
 * the `user` field's login and name are replaced by those of the signed-in
 * person (a modified client could otherwise appear as someone else). The
 * colour and any other fields are the client's to choose.
 * Format: y-protocols awareness update — varUint count, then per client
 * varUint clientID, varUint clock, varString JSON state.
 */
export function stampAwareness (update: Uint8Array, user: { login: string; name: string }): Uint8Array {
  const decoder = decoding.createDecoder(update)
  const encoder = encoding.createEncoder()
  const count = decoding.readVarUint(decoder)
  encoding.writeVarUint(encoder, count)
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder))
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder))
    const json = decoding.readVarString(decoder)
    encoding.writeVarString(encoder, stampState(json, user))
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
