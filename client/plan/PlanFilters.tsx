import { createContext, useContext, useState, type ReactNode } from 'react'
import type { PlanFilter } from '../../shared/plan/planFilter'

interface PlanFiltersValue {
  filter: PlanFilter
  setFilter: (filter: PlanFilter) => void
}

const PlanFiltersContext = createContext<PlanFiltersValue | null>(null)

/** Filters live above the tabs: set on the table, they also apply on the timeline. */
export function PlanFiltersProvider ({ children }: { children: ReactNode }) {
  const [filter, setFilter] = useState<PlanFilter>({})
  return <PlanFiltersContext.Provider value={{ filter, setFilter }}>{children}</PlanFiltersContext.Provider>
}

export function usePlanFilters (): PlanFiltersValue {
  const value = useContext(PlanFiltersContext)
  if (!value) throw new Error('usePlanFilters outside PlanFiltersProvider')
  return value
}
