import { describe, expect, test } from 'vitest'
import { cellField, moveCell, navColumns, type GridRow } from './cellNavigation'

const rows: GridRow[] = [
  { id: 's1', kind: 'section' },
  { id: 'a', kind: 'item' },
  { id: 'b', kind: 'item' },
  { id: 's2', kind: 'section' },
  { id: 'c', kind: 'item' },
]
const last = navColumns.length - 1

describe('moveCell', () => {
  test('↓ through a section keeps the remembered column', () => {
    const onSection = moveCell(rows, { row: 2, column: 1 }, 'down')
    expect(onSection).toEqual({ row: 3, column: 1 })
    expect(cellField('section', onSection.column)).toBe('title')
    expect(moveCell(rows, onSection, 'down')).toEqual({ row: 4, column: 1 })
  })

  test('↑ and ↓ stop at the edges', () => {
    expect(moveCell(rows, { row: 0, column: 0 }, 'up')).toEqual({ row: 0, column: 0 })
    expect(moveCell(rows, { row: 4, column: 3 }, 'down')).toEqual({ row: 4, column: 3 })
  })

  test('← and → stay in the row; a section has only its title', () => {
    expect(moveCell(rows, { row: 1, column: 0 }, 'left')).toEqual({ row: 1, column: 0 })
    expect(moveCell(rows, { row: 1, column: last }, 'right')).toEqual({ row: 1, column: last })
    expect(moveCell(rows, { row: 1, column: 2 }, 'right')).toEqual({ row: 1, column: 3 })
    expect(moveCell(rows, { row: 0, column: 4 }, 'right')).toEqual({ row: 0, column: 0 })
  })

  test('Tab runs in reading order across rows; Shift+Tab back', () => {
    expect(moveCell(rows, { row: 1, column: last }, 'next')).toEqual({ row: 2, column: 0 })
    expect(moveCell(rows, { row: 0, column: 0 }, 'next')).toEqual({ row: 1, column: 0 })
    expect(moveCell(rows, { row: 4, column: 0 }, 'previous')).toEqual({ row: 3, column: 0 })
    expect(moveCell(rows, { row: 3, column: 0 }, 'previous')).toEqual({ row: 2, column: last })
    expect(moveCell(rows, { row: 4, column: last }, 'next')).toEqual({ row: 4, column: last })
    expect(moveCell(rows, { row: 0, column: 0 }, 'previous')).toEqual({ row: 0, column: 0 })
  })

  test('Home, End, first, last and pages', () => {
    expect(moveCell(rows, { row: 2, column: 3 }, 'home')).toEqual({ row: 2, column: 0 })
    expect(moveCell(rows, { row: 2, column: 3 }, 'end')).toEqual({ row: 2, column: last })
    expect(moveCell(rows, { row: 2, column: 3 }, 'first')).toEqual({ row: 0, column: 3 })
    expect(moveCell(rows, { row: 2, column: 3 }, 'last')).toEqual({ row: 4, column: 3 })
    expect(moveCell(rows, { row: 2, column: 3 }, 'pageDown')).toEqual({ row: 4, column: 3 })
    expect(moveCell(rows, { row: 2, column: 3 }, 'pageUp')).toEqual({ row: 0, column: 3 })
  })

  test('a row index past the end (rows removed remotely) is clamped', () => {
    expect(moveCell(rows, { row: 9, column: 1 }, 'up')).toEqual({ row: 3, column: 1 })
  })
})
