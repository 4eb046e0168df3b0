import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createNode, replaceText } from './planDoc'
import { NodeKind } from './planFields'
import { readExactDate } from './planSchemas'
import { readPlan } from './planSnapshot'
import { validatePlan } from './validatePlan'

const year = { startYear: 2023 }

/** The problems of one item's actual date as typed. */
function actualDateProblems (value: string): string[] {
  const doc = new Y.Doc()
  const section = createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Раздел' } })
  const item = createNode(doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар', timing: 'октябрь' } })
  replaceText(doc, item, 'actualDate', value)
  return validatePlan(readPlan(doc), year).filter(p => p.field === 'actualDate').map(p => p.message)
}

describe('the actual date: a picked date, a typed date or a phrase', () => {
  test('exact dates in figures and in words, the year by the academic-year rule', () => {
    expect(readExactDate('15.10.2023', year)).toBe('2023-10-15')
    expect(readExactDate('15 октября', year)).toBe('2023-10-15')
    expect(readExactDate('3 марта 2024 г.', year)).toBe('2024-03-03')
    expect(readExactDate('1 Мая', year)).toBe('2024-05-01')
    expect(readExactDate('31 июня', year)).toBeNull()
    expect(readExactDate('15 окт.', year)).toBe('2023-10-15')
    expect(readExactDate('15 чего-то', year)).toBeNull()
  })

  test('a phrase that reads as a time in the year is kept without a problem; a date outside it or nonsense is an error', () => {
    expect(actualDateProblems('15 октября')).toEqual([])
    expect(actualDateProblems('в течение года')).toEqual([])
    expect(actualDateProblems('октябрь, март')).toEqual([])
    expect(actualDateProblems('15 октября 2030')).toEqual(['Фактическая дата вне учебного года.'])
    expect(actualDateProblems('когда-нибудь')).toEqual(['Фактическая дата указывается как «15.09.2023», «15 сентября» или словами: «в течение года».'])
  })
})
