import { expect, test } from 'vitest'
import { hashPassword, hashingLoad, verifyPassword } from './passwords'

test('a password verifies against its own hash only', async () => {
  const hash = await hashPassword('Методист-2023')
  expect(hash.startsWith('scrypt$')).toBe(true)
  expect(hash).not.toContain('Методист')
  expect(await verifyPassword('Методист-2023', hash)).toBe(true)
  expect(await verifyPassword('методист-2023', hash)).toBe(false)
  expect(await verifyPassword('Методист-2023', 'garbage')).toBe(false)
})

test('two hashes of one password differ (salted)', async () => {
  expect(await hashPassword('одинаковый')).not.toBe(await hashPassword('одинаковый'))
})

test('a burst of sign-ins is hashed a few at a time, off the event loop, each answer still right', async () => {
  const hash = await hashPassword('Пачка-входов')
  const burst = Array.from({ length: 12 }, (_, i) => verifyPassword(i % 3 === 0 ? 'неверный' : 'Пачка-входов', hash))
  let finished = false
  const all = Promise.all(burst).finally(() => { finished = true })
  let maxRunning = 0
  let maxWaiting = 0
  let turns = 0
  // The event loop keeps turning while the hashes run: this loop observes them from it.
  while (!finished) {
    const load = hashingLoad()
    maxRunning = Math.max(maxRunning, load.running)
    maxWaiting = Math.max(maxWaiting, load.waiting)
    turns++
    await new Promise(resolve => setImmediate(resolve))
  }
  expect(await all).toEqual(Array.from({ length: 12 }, (_, i) => i % 3 !== 0))
  expect(maxRunning).toBe(hashingLoad().limit)
  expect(maxWaiting).toBeGreaterThan(0)
  expect(turns).toBeGreaterThan(12)
  expect(hashingLoad()).toMatchObject({ running: 0, waiting: 0 })
})
