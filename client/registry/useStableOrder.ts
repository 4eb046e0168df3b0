import { useState } from 'react'
import { sameOrder, stableOrder } from './stableOrder'

/** The rows' display order (see stableOrder), and a way back to the sorted order. */
export function useStableOrder (sorted: readonly string[]): { order: readonly string[]; sorted: boolean; resort: () => void } {
  const [order, setOrder] = useState<readonly string[]>(sorted)
  const next = stableOrder(order, sorted)
  // Adjusting state while rendering (React's documented pattern for state derived from props).
  if (!sameOrder(next, order)) setOrder(next)
  return { order: next, sorted: sameOrder(next, sorted), resort: () => setOrder(sorted) }
}
