import { expect, test } from 'vitest'
import { hashPassword, verifyPassword } from './passwords'

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
