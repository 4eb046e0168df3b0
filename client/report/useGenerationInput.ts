import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { AcademicYear } from '../../shared/academicYear'
import type { GenerationInput } from '../../shared/report/generatedTable'
import { readRegistry } from '../../shared/registry/registrySnapshot'
import { usePlanSnapshot } from '../plan/usePlanSnapshot'

/**
 * What generated blocks are computed from: the plan and the registry (both in
 * the plan document, which is always connected), rebuilt at most once per
 * frame. A new object means something changed, so blocks recompute on
 * identity. Null until the plan document is there.
 */
export function useGenerationInput (planDoc: Y.Doc | null, year: AcademicYear): GenerationInput | null {
  const plan = usePlanSnapshot(planDoc)
  // The snapshot is replaced on every update of the plan document, registry
  // edits included, so it also tells when to re-read the registry.
  return useMemo(() => planDoc ? { plan, registry: readRegistry(planDoc), year } : null, [plan, planDoc, year])
}
