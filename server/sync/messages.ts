/**
 * One builder per outgoing message kind. The bytes follow the y-websocket
 * protocol (y-protocols sync and awareness) plus our own kinds from
 * shared/protocol/messageType.ts.
 */
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as awarenessProtocol from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { MessageType } from '../../shared/protocol/messageType'

export function syncStep1Message (doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

export function syncStep2Message (doc: Y.Doc, remoteStateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeSyncStep2(encoder, doc, remoteStateVector)
  return encoding.toUint8Array(encoder)
}

export function updateMessage (update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

export function awarenessMessage (awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients))
  return encoding.toUint8Array(encoder)
}

/** "The first `count` sync messages you sent are durably stored." */
export function savedMessage (count: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.saved)
  encoding.writeVarUint(encoder, count)
  return encoding.toUint8Array(encoder)
}

export function errorMessage (code: string, message: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.error)
  encoding.writeVarString(encoder, code)
  encoding.writeVarString(encoder, message)
  return encoding.toUint8Array(encoder)
}

/** "This document's latest changes are not on disk; nothing is acknowledged until the next «saved»." */
export function notSavedMessage (code: string, message: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.notSaved)
  encoding.writeVarString(encoder, code)
  encoding.writeVarString(encoder, message)
  return encoding.toUint8Array(encoder)
}
