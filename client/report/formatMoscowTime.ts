/** «14:32» in Moscow time, whatever the browser's own zone (the product's dates are Moscow dates). */
const formatter = new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Moscow', hour: '2-digit', minute: '2-digit' })

export function formatMoscowTime (date: Date): string {
  return formatter.format(date)
}
