import { useEffect, useState } from 'react'
import { moscowToday } from '../../../shared/timeline/moscowToday'

/** A page left open overnight should move its «today» line: re-read the date every minute. */
const REFRESH_MS = 60_000

export function useMoscowToday (): string {
  const [today, setToday] = useState(() => moscowToday())
  useEffect(() => {
    const timer = setInterval(() => setToday(moscowToday()), REFRESH_MS)
    return () => clearInterval(timer)
  }, [])
  return today
}
