/** An academic year runs 1 September – 31 August; "2023-2024" starts in 2023. */
export interface AcademicYear {
  startYear: number
}

const yearPattern = /^\s*(\d{4})\s*[-–—/]\s*(\d{4})\s*$/

/** Parses "2023-2024" (any dash). Expected failures are values, not throws. */
export function parseAcademicYear (text: string): { ok: true; year: AcademicYear } | { ok: false; error: string } {
  const m = yearPattern.exec(text)
  if (!m) return { ok: false, error: 'Учебный год указывается как «2023-2024».' }
  const start = Number(m[1])
  const end = Number(m[2])
  if (end !== start + 1) return { ok: false, error: 'Второй год должен быть следующим за первым: «2023-2024».' }
  if (start < 2000 || start > 2100) return { ok: false, error: 'Год вне допустимого диапазона.' }
  return { ok: true, year: { startYear: start } }
}

/** Canonical key: "2023-2024". */
export function academicYearKey (year: AcademicYear): string {
  return `${year.startYear}-${year.startYear + 1}`
}

/** Label for people: "2023–2024". */
export function academicYearLabel (year: AcademicYear): string {
  return `${year.startYear}–${year.startYear + 1}`
}
