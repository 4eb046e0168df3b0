/** The year after the last one entered: «2019-2020» → «2020-2021» (same dash), «2022» → «2023»; else empty. */
export function nextYearLabel (last: string | undefined): string {
  const trimmed = last?.trim() ?? ''
  const range = /^(\d{4})(\s*[-–—/]\s*)(\d{4})$/.exec(trimmed)
  if (range) return `${Number(range[1]) + 1}${range[2]}${Number(range[3]) + 1}`
  if (/^\d{4}$/.test(trimmed)) return String(Number(trimmed) + 1)
  return ''
}
