import { describe, expect, it } from 'vitest'
import { currentAcademicYear } from './currentAcademicYear'

describe('currentAcademicYear', () => {
  it('is last year–this year before September', () => {
    expect(currentAcademicYear(new Date('2024-03-15T12:00:00Z'))).toBe('2023-2024')
    expect(currentAcademicYear(new Date('2024-08-31T12:00:00Z'))).toBe('2023-2024')
  })

  it('is this year–next year from September on', () => {
    expect(currentAcademicYear(new Date('2024-09-01T12:00:00Z'))).toBe('2024-2025')
    expect(currentAcademicYear(new Date('2024-12-31T12:00:00Z'))).toBe('2024-2025')
  })

  it('turns over at midnight in Moscow, not in UTC', () => {
    // 31 August 21:30 UTC is already 1 September 00:30 in Moscow (UTC+3).
    expect(currentAcademicYear(new Date('2024-08-31T21:30:00Z'))).toBe('2024-2025')
    expect(currentAcademicYear(new Date('2024-08-31T20:30:00Z'))).toBe('2023-2024')
  })
})
