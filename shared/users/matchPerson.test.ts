import { describe, expect, test } from 'vitest'
import { loginSchema, normalizeLogin } from './login'
import { matchPerson } from './matchPerson'

describe('logins', () => {
  test('Cyrillic logins are allowed and compared without case', () => {
    expect(loginSchema.parse('Иванова')).toBe('иванова')
    expect(normalizeLogin('  ИВАНОВА ')).toBe(normalizeLogin('иванова'))
    expect(loginSchema.parse('petrov.ai')).toBe('petrov.ai')
    expect(loginSchema.parse('Семёнова_2')).toBe('семёнова_2')
  })

  test('composed and decomposed «й» are one login', () => {
    expect(normalizeLogin('Зуи\u0306')).toBe(normalizeLogin('зуй'))
  })

  test('mixed scripts, spaces and other symbols are refused with a Russian message', () => {
    const mixed = loginSchema.safeParse('аdmin') // Cyrillic «а»
    expect(mixed.success).toBe(false)
    expect(mixed.error?.issues[0].message).toMatch(/латиницей, либо кириллицей/)
    expect(loginSchema.safeParse('иван петров').success).toBe(false)
    expect(loginSchema.safeParse('a').success).toBe(false)
    expect(loginSchema.safeParse('name@site').success).toBe(false)
  })
})

describe('matchPerson', () => {
  const ivanova = { login: 'иванова', name: 'Иванова Мария Петровна' }
  const semenova = { login: 'semenova', name: 'Семёнова Ольга' }

  test('finds by the start of a login or a name, prefix matches first', () => {
    expect(matchPerson('иван', ivanova)).toBe(0)
    expect(matchPerson('ИВА', ivanova)).toBe(0)
    expect(matchPerson('мария', ivanova)).toBe(1)
    expect(matchPerson('мар ив', ivanova)).toBe(1)
  })

  test('ё and е are the same letter', () => {
    expect(matchPerson('семенова', semenova)).toBe(0)
    expect(matchPerson('ольга', semenova)).toBe(1)
  })

  test('nothing typed or nothing found is null', () => {
    expect(matchPerson('', ivanova)).toBeNull()
    expect(matchPerson('сидоров', ivanova)).toBeNull()
    expect(matchPerson('рия', ivanova)).toBeNull()
  })
})
