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

test('a burst of sign-ins hashes at most two at a time, and a file write is not held behind them', async () => {
  const hash = await hashPassword('Методист-2023')
  const burst = Array.from({ length: 20 }, () => verifyPassword('Методист-2023', hash))
  expect(hashingLoad()).toEqual({ running: 2, waiting: 18 })
  // A write queued after the burst finishes while most of the burst still waits.
  const { writeFile, rm } = await import('node:fs/promises')
  const path = `${process.env.TMPDIR ?? '/tmp'}/planerka-hash-${process.pid}`
  await writeFile(path, 'x')
  await rm(path)
  expect(hashingLoad().waiting).toBeGreaterThan(0)
  expect(await Promise.all(burst)).toEqual(Array(20).fill(true))
  expect(hashingLoad()).toEqual({ running: 0, waiting: 0 })
})
