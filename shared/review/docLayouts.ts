/**
 * The root types of each board document, with their kinds. Restoring and
 * comparing versions walk these; a root type not listed here (written by a
 * newer client or a tool) is stored and left alone.
 */
import { PlanDocKey } from '../board/boardDocs'
import { PLAN_NODES_KEY } from '../plan/planDoc'
import { RegistryKey } from '../registry/registryDoc'
import { ReportKey } from '../report/reportDoc'

export type RootKind = 'map' | 'text' | 'xml'

export const planDocLayout: ReadonlyArray<{ key: string; kind: RootKind }> = [
  { key: PlanDocKey.title, kind: 'text' },
  { key: PlanDocKey.notes, kind: 'xml' },
  { key: PLAN_NODES_KEY, kind: 'map' },
  { key: RegistryKey.organisations, kind: 'map' },
  { key: RegistryKey.indicators, kind: 'map' },
  { key: RegistryKey.districtTotal, kind: 'text' },
]

export const reportDocLayout: ReadonlyArray<{ key: string; kind: RootKind }> = [
  { key: ReportKey.sections, kind: 'map' },
  { key: ReportKey.tables, kind: 'map' },
]
