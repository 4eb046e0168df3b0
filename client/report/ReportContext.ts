import { createContext, useContext } from 'react'
import type * as Y from 'yjs'
import type { GenerationInput } from '../../shared/report/generatedTable'

export interface ReportContextValue {
  reportDoc: Y.Doc
  /** Typed-table cells and row buttons follow the role, as the editors do. */
  canWrite: boolean
  /** Null while the plan document is not connected yet. */
  input: GenerationInput | null
}

/**
 * What the report's node views read. TipTap renders React node views through
 * portals inside EditorContent, so they see the context of the tab.
 */
export const ReportContext = createContext<ReportContextValue | null>(null)

export function useReportContext (): ReportContextValue {
  const value = useContext(ReportContext)
  if (!value) throw new Error('useReportContext outside ReportContext')
  return value
}
