/**
 * The «saved» acknowledgement, both ends. The server counts the sync step 2
 * and update messages a connection sent and, after each durable write,
 * replies with how many of them are stored. A client that counts what it sent
 * on the same socket knows whether everything it typed is on disk.
 */
import * as decoding from 'lib0/decoding'
import { MessageType } from './messageType'

/** y-protocols sync message kinds (y-protocols/sync's messageYjs* constants). */
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

/** Whether an outgoing message carries document content (sync step 2 or update). */
export function isDocumentWrite (message: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(message)
    if (decoding.readVarUint(decoder) !== MessageType.sync) return false
    const kind = decoding.readVarUint(decoder)
    return kind === SYNC_STEP_2 || kind === SYNC_UPDATE
  } catch {
    return false
  }
}

/** Reads the count of a «saved» message whose type has already been read. */
export function readSavedCount (decoder: decoding.Decoder): number {
  return decoding.readVarUint(decoder)
}

/** Reads a «not saved» message (MessageType.notSaved) whose type has already been read. */
export function readNotSaved (decoder: decoding.Decoder): { code: string; message: string } {
  return { code: decoding.readVarString(decoder), message: decoding.readVarString(decoder) }
}

/** Reads an «error» message whose type has already been read. */
export function readErrorMessage (decoder: decoding.Decoder): { code: string; message: string } {
  return { code: decoding.readVarString(decoder), message: decoding.readVarString(decoder) }
}
