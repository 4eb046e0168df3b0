import { academicYearLabel, parseAcademicYear } from '../../shared/academicYear'

/** "2023-2024" → "2023–2024"; a key that does not parse is shown as it is. */
export function academicYearShort (key: string): string {
  const parsed = parseAcademicYear(key)
  return parsed.ok ? academicYearLabel(parsed.year) : key
}
