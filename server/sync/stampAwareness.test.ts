import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { stampAwareness } from './stampAwareness'

describe('stampAwareness', () => {
  test('replaces a claimed name and login with the signed-in person, keeps the rest', () => {
    const sender = new Awareness(new Y.Doc())
    sender.setLocalState({ user: { login: 'admin', name: 'Администратор', color: '#c0392b' }, planCursor: { nodeId: 'n1' } })
    const stamped = stampAwareness(encodeAwarenessUpdate(sender, [sender.clientID]), { login: 'petrova', name: 'Петрова Анна' })
    const receiver = new Awareness(new Y.Doc())
    applyAwarenessUpdate(receiver, stamped, null)
    expect(receiver.getStates().get(sender.clientID)).toEqual({ user: { login: 'petrova', name: 'Петрова Анна', color: '#c0392b' }, planCursor: { nodeId: 'n1' } })
  })

  test('a removal (null state) stays a removal', () => {
    const sender = new Awareness(new Y.Doc())
    sender.setLocalState(null)
    const update = encodeAwarenessUpdate(sender, [sender.clientID])
    expect(stampAwareness(update, { login: 'x', name: 'X' })).toEqual(update)
  })
})
