import { describe, expect, test } from 'vitest'
import { formatCount, formatShare, parseTypedNumber, parseWholeCount, shareUnits, shareValue } from './percent'

const nbsp = '\u00A0'

describe('the share rule: count / total × 100, half up', () => {
  test('27 of 63 is 43 % (the sample truncates to 42 %), 42,9 % with one decimal', () => {
    expect(formatShare(27, 63)).toBe(`43${nbsp}%`)
    expect(formatShare(27, 63, { decimals: 1 })).toBe(`42,9${nbsp}%`)
    expect(shareValue(27, 63)).toBe(43)
    expect(shareValue(27, 63, { decimals: 1 })).toBe(42.9)
  })

  test('an exact half rounds up: 1 of 8 = 12.5 → 13 %, 1 of 16 = 6.25 → 6,3 %', () => {
    expect(formatShare(1, 8)).toBe(`13${nbsp}%`)
    expect(formatShare(1, 16, { decimals: 1 })).toBe(`6,3${nbsp}%`)
    expect(formatShare(1, 200)).toBe(`1${nbsp}%`)
    expect(formatShare(1, 201)).toBe(`0${nbsp}%`)
  })

  test('no floating-point surprises where a float division would land just below the half', () => {
    // 29 / 200 × 100 is 14.499999999999998 in floating point (Math.round gives 14); exactly 14.5, so 15.
    expect(formatShare(29, 200)).toBe(`15${nbsp}%`)
    expect(formatShare(29, 2000, { decimals: 1 })).toBe(`1,5${nbsp}%`)
    // 1.005 % → 1,0 % (exactly 1.005 is below 1.05: no upward drift either).
    expect(formatShare(201, 20000, { decimals: 1 })).toBe(`1,0${nbsp}%`)
    const wrong: string[] = []
    for (let total = 1; total <= 400; total++) {
      for (let count = 0; count <= total; count++) {
        const expected = Math.floor(count * 1000 / total) + ((count * 1000) % total * 2 >= total ? 1 : 0)
        if (shareUnits(count, total, 1) !== expected) wrong.push(`${count}/${total}`)
      }
    }
    expect(wrong).toEqual([])
  })

  test('sample report rows: 5, 4, 29, 13, 16 of 63', () => {
    expect([5, 4, 29, 13, 16, 0, 63].map(count => formatShare(count, 63))).toEqual(
      ['8', '6', '46', '21', '25', '0', '100'].map(value => `${value}${nbsp}%`),
    )
  })

  test('one decimal is always shown, so a column reads evenly', () => {
    expect(formatShare(1, 2, { decimals: 1 })).toBe(`50,0${nbsp}%`)
    expect(formatShare(63, 63, { decimals: 1 })).toBe(`100,0${nbsp}%`)
  })

  test('a total of 0 (or a count that is not a whole number) has no share', () => {
    expect(formatShare(0, 0)).toBe('—')
    expect(formatShare(3, 0)).toBe('—')
    expect(shareValue(3, 0)).toBeNull()
    expect(formatShare(1.5, 10)).toBe('—')
    expect(formatShare(-1, 10)).toBe('—')
  })

  test('a share over 100 % is computed as it is (the caller says why)', () => {
    expect(formatShare(70, 63)).toBe(`111${nbsp}%`)
  })
})

describe('numbers as typed', () => {
  test('«20,8», «20.8», «35,2 %», «15» read as numbers', () => {
    expect(parseTypedNumber('20,8')).toBe(20.8)
    expect(parseTypedNumber('20.8')).toBe(20.8)
    expect(parseTypedNumber('35,2 %')).toBe(35.2)
    expect(parseTypedNumber(`35,2${nbsp}%`)).toBe(35.2)
    expect(parseTypedNumber('26%')).toBe(26)
    expect(parseTypedNumber(' 15 ')).toBe(15)
  })

  test('anything else is null', () => {
    for (const text of ['', ' ', 'около 20', '20,8,1', '-5', ',5', '5,', 'н/д', '%']) expect(parseTypedNumber(text)).toBeNull()
  })

  test('whole counts', () => {
    expect(parseWholeCount(' 63 ')).toBe(63)
    expect(parseWholeCount('0')).toBe(0)
    for (const text of ['', 'около 40', '4.5', '-1', '1e3']) expect(parseWholeCount(text)).toBeNull()
  })

  test('counts are grouped from five digits on, with a non-breaking space', () => {
    expect(formatCount(170)).toBe('170')
    expect(formatCount(1234)).toBe('1234')
    expect(formatCount(12345)).toBe(`12${nbsp}345`)
    expect(formatCount(1234567)).toBe(`1${nbsp}234${nbsp}567`)
  })
})
