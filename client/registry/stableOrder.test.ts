import { expect, test } from 'vitest'
import { sameOrder, stableOrder } from './stableOrder'

test('rows keep their places when names change; new rows go where the sort puts them; removed rows leave', () => {
  expect(stableOrder([], ['a', 'b', 'c'])).toEqual(['a', 'b', 'c'])
  // «b» was renamed and now sorts first: it stays where it was.
  expect(stableOrder(['a', 'b', 'c'], ['b', 'a', 'c'])).toEqual(['a', 'b', 'c'])
  // A new empty row sorts first and appears at the top; «d» after «c».
  expect(stableOrder(['a', 'b', 'c'], ['new', 'a', 'b', 'c', 'd'])).toEqual(['new', 'a', 'b', 'c', 'd'])
  expect(stableOrder(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual(['a', 'x', 'c'])
  expect(sameOrder(['a'], ['a'])).toBe(true)
  expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false)
})
