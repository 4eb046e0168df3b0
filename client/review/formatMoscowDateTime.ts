/** Dates of the review in Moscow time, whatever the browser's own zone (the product's dates are Moscow dates). */
const dateTime = new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Moscow', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' })
const dayMonth = new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Moscow', day: '2-digit', month: '2-digit' })

/** «12.05.2024, 14:32». An unreadable date is shown as it came. */
export function formatMoscowDateTime (iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date)
}

/** «15.05», as in «Версия для совета 15.05». */
export function moscowDayMonth (date: Date): string {
  return dayMonth.format(date)
}
