import { describe, expect, test } from 'vitest'
import { textDiff, transformIndex } from './textDiff'

describe('textDiff', () => {
  test('finds inserts, deletes and replacements', () => {
    expect(textDiff('План', 'План года')).toEqual({ index: 4, remove: 0, insert: ' года' })
    expect(textDiff('План года', 'План')).toEqual({ index: 4, remove: 5, insert: '' })
    expect(textDiff('осень', 'весна')).toEqual({ index: 0, remove: 5, insert: 'весна' })
    expect(textDiff('same', 'same')).toBeNull()
  })

  test('uses the cursor to place an insert inside a run of equal letters', () => {
    // "аа" → "ааа" with the caret after the first letter: the new letter is at 1, not 2.
    expect(textDiff('аа', 'ааа', 2)).toEqual({ index: 1, remove: 0, insert: 'а' })
  })
})

describe('transformIndex', () => {
  test('moves a caret after a remote insert before it, not after one behind it', () => {
    expect(transformIndex([{ insert: 'abc' }], 2)).toBe(5)
    expect(transformIndex([{ retain: 5 }, { insert: 'abc' }], 2)).toBe(2)
    expect(transformIndex([{ retain: 1 }, { delete: 3 }], 5)).toBe(2)
    expect(transformIndex([{ retain: 1 }, { delete: 3 }], 2)).toBe(1)
  })
})
