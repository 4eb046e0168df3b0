import { expect, test } from 'vitest'
import { initialsOf } from './initialsOf'

test('initials of a Russian name', () => {
  expect(initialsOf('Петрова Анна')).toBe('ПА')
  expect(initialsOf('  Администратор ')).toBe('АД')
  expect(initialsOf('')).toBe('?')
})
