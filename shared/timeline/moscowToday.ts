/** The district centres work on Moscow time, whatever the browser's zone. */
const timeZone = 'Europe/Moscow'

const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })

/** "YYYY-MM-DD" of `now` in Moscow: where the timeline draws «сегодня». */
export function moscowToday (now: Date = new Date()): string {
  const parts = format.formatToParts(now)
  const part = (type: string) => parts.find(p => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}
