import { describe, expect, test } from 'vitest'
import { DragMode, draggedRange, sameRange } from './dragMonths'

const bounds = { start: '2023-09', end: '2024-08' }
const octJun = { start: '2023-10', end: '2024-06' }

describe('draggedRange', () => {
  test('moving the body shifts both ends by the months the pointer crossed', () => {
    expect(draggedRange(octJun, DragMode.move, '2023-12', '2024-01', bounds)).toEqual({ start: '2023-11', end: '2024-07' })
    expect(draggedRange(octJun, DragMode.move, '2024-01', '2023-12', bounds)).toEqual({ start: '2023-09', end: '2024-05' })
  })

  test('a moved bar keeps its length against the ends of the year', () => {
    expect(draggedRange(octJun, DragMode.move, '2023-12', '2024-08', bounds)).toEqual({ start: '2023-12', end: '2024-08' })
    expect(draggedRange(octJun, DragMode.move, '2024-03', '2023-09', bounds)).toEqual({ start: '2023-09', end: '2024-05' })
  })

  test('an edge moves alone and never passes the other edge', () => {
    expect(draggedRange(octJun, DragMode.start, '2023-10', '2023-11', bounds)).toEqual({ start: '2023-11', end: '2024-06' })
    expect(draggedRange(octJun, DragMode.end, '2024-06', '2024-08', bounds)).toEqual({ start: '2023-10', end: '2024-08' })
    expect(draggedRange(octJun, DragMode.start, '2023-10', '2024-08', bounds)).toEqual({ start: '2024-06', end: '2024-06' })
    expect(draggedRange(octJun, DragMode.end, '2024-06', '2023-09', bounds)).toEqual({ start: '2023-10', end: '2023-10' })
  })

  test('a bar already past a bound is not jumped inside by a small move', () => {
    const early = { start: '2023-08', end: '2023-10' }
    expect(draggedRange(early, DragMode.end, '2023-10', '2023-11', bounds)).toEqual({ start: '2023-08', end: '2023-11' })
    expect(draggedRange({ start: '2023-08', end: '2024-08' }, DragMode.move, '2023-10', '2023-11', bounds)).toEqual({ start: '2023-08', end: '2024-08' })
  })

  test('across the new year', () => {
    const novFeb = { start: '2023-11', end: '2024-02' }
    expect(draggedRange(novFeb, DragMode.move, '2023-11', '2024-01', bounds)).toEqual({ start: '2024-01', end: '2024-04' })
    expect(sameRange(novFeb, { start: '2023-11', end: '2024-02' })).toBe(true)
  })
})
