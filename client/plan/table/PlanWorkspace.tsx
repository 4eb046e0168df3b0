import { PlanTitleField } from './PlanTitleField'
import { mergedCellValues } from '../../../shared/plan/cellMerges'
import { memo, useCallback, useMemo, useState } from 'react'
import type { AcademicYear } from '../../../shared/academicYear'
import { applyImportedPlan } from '../../../shared/plan/applyImportedPlan'
import type { ImportedPlan } from '../../../shared/plan/importedPlan'
import { deleteNode } from '../../../shared/plan/planDoc'
import { outcomeFields } from '../../../shared/plan/planFields'
import { filterPlan } from '../../../shared/plan/planFilter'
import { flattenRows, type PlanNode } from '../../../shared/plan/planSnapshot'
import type { PlanProblem } from '../../../shared/plan/validatePlan'
import { usePlanAnnotations } from '../../review/plan/usePlanAnnotations'
import type { DocConnection } from '../../sync/DocConnection'
import { PlanFilterBar } from '../filters/PlanFilterBar'
import { ImportDialog } from '../import/ImportDialog'
import { usePlanFilters } from '../PlanFilters'
import { usePlanSnapshot } from '../usePlanSnapshot'
import { usePlanUndo } from '../usePlanUndo'
import { sortProblems } from '../problems/problemIndex'
import { ProblemsPanel } from '../problems/ProblemsPanel'
import { usePlanProblems } from '../problems/usePlanProblems'
import { navColumns } from './cellNavigation'
import { moveIntoSection } from './planCommands'
import { OrphansBlock } from './OrphansBlock'
import { PlanEmptyState } from './PlanEmptyState'
import { planStrings } from './planStrings'
import { PlanTable } from './PlanTable'
import { PlanToolbar } from './PlanToolbar'
import { RemoveConfirm } from './RemoveConfirm'
import { useDocSynced } from '../../sync/useDocSynced'
import { usePlanGrid } from './usePlanGrid'
import { useRowCommands } from './useRowCommands'

export interface PlanWorkspaceProps {
  connection: DocConnection
  canWrite: boolean
  /** Status and outcomes: writable on an agreed plan too (defaults to canWrite). */
  canWriteFact?: boolean
  year: AcademicYear
}

function Workspace ({ connection, canWrite, canWriteFact = canWrite, year }: PlanWorkspaceProps) {
  const doc = connection.doc
  const snapshot = usePlanSnapshot(doc)
  const synced = useDocSynced(connection)
  // Read-only roles get no undo manager at all: nothing of theirs to undo, nothing to write.
  const undo = usePlanUndo(canWrite ? doc : null)
  const { filter, setFilter } = usePlanFilters()
  const problems = usePlanProblems(snapshot, year)
  const grid = usePlanGrid()
  const annotations = usePlanAnnotations()
  const [removing, setRemoving] = useState<string | null>(null)
  const [importing, setImporting] = useState(false)
  const [problemsOpen, setProblemsOpen] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  const allRows = useMemo(() => flattenRows(snapshot), [snapshot])
  const rows = useMemo(() => flattenRows(filterPlan(snapshot, filter)), [snapshot, filter])
  // Merges follow the whole plan's order, not the filtered rows: a filter never changes what a cell shows.
  const merged = useMemo(() => mergedCellValues(allRows), [allRows])
  const nodes = useMemo(() => new Map<string, PlanNode>([...allRows, ...snapshot.orphans].map(node => [node.id, node])), [allRows, snapshot.orphans])
  const sortedProblems = useMemo(() => problemsOpen ? sortProblems(problems.list, allRows.map(row => row.id)) : [], [problemsOpen, problems.list, allRows])

  const command = useRowCommands({ doc, undo, grid, canWrite, onRemove: setRemoving })

  const confirmRemove = useCallback(() => {
    const id = removing
    setRemoving(null)
    if (!id || !canWrite) return
    // Keep the keyboard in place: select the row above (or the first row left).
    const index = rows.findIndex(row => row.id === id)
    const removed = new Set<string>()
    const collect = (node: PlanNode) => { removed.add(node.id); node.children.forEach(collect) }
    const node = nodes.get(id)
    if (node) collect(node)
    const neighbour = rows.slice(0, Math.max(0, index)).reverse().find(row => !removed.has(row.id)) ?? rows.find(row => !removed.has(row.id))
    undo?.stopCapturing()
    deleteNode(doc, id)
    undo?.stopCapturing()
    if (neighbour) grid.select({ nodeId: neighbour.id, column: grid.active?.column ?? 0 }, { focus: true })
  }, [removing, canWrite, rows, nodes, undo, doc, grid])

  const applyImport = (plan: ImportedPlan) => {
    if (!canWrite) return
    undo?.stopCapturing()
    const added = applyImportedPlan(doc, plan)
    undo?.stopCapturing()
    setImporting(false)
    setNotice(planStrings.import.applied(added.sections, added.items))
  }

  const selectProblem = (problem: PlanProblem) => {
    const node = nodes.get(problem.nodeId)
    if (!node || node.number === '') return
    if (!rows.some(row => row.id === node.id)) setFilter({})
    if (problem.field && (outcomeFields as readonly string[]).includes(problem.field)) {
      grid.select({ nodeId: node.id, column: 0 })
      grid.setExpanded(node.id, true)
      grid.requestFocus({ kind: 'outcome', nodeId: node.id, field: problem.field })
      return
    }
    const column = Math.max(0, navColumns.indexOf((problem.field ?? 'title') as (typeof navColumns)[number]))
    grid.select({ nodeId: node.id, column }, { focus: true })
  }

  const moveOrphan = (nodeId: string, sectionId: string) => {
    if (!canWrite) return
    undo?.stopCapturing()
    if (moveIntoSection(doc, nodeId, sectionId)) grid.select({ nodeId, column: 0 }, { focus: true })
  }

  const empty = allRows.length === 0 && snapshot.orphans.length === 0
  const openImport = () => { setNotice(null); setImporting(true) }
  return (
    <section className="plan-tab" data-testid="plan-tab">
      <PlanToolbar
        canWrite={canWrite}
        empty={empty}
        problemCount={problems.list.length}
        problemsOpen={problemsOpen}
        onToggleProblems={() => setProblemsOpen(open => !open)}
        onAddSection={() => command('addSection', grid.active?.nodeId ?? null)}
        onAddItem={() => command('addBelow', grid.active?.nodeId ?? null)}
        onImport={openImport}
        filters={empty ? null : <PlanFilterBar snapshot={snapshot} compact />}
        title={<PlanTitleField doc={doc} canWrite={canWrite} />}
      />
      {notice && <p className="notice notice--success" role="status" data-testid="plan-notice">{notice}</p>}
      {problemsOpen && !empty && <ProblemsPanel problems={sortedProblems} nodes={nodes} onSelect={selectProblem} />}
      {empty
        ? (synced ? <PlanEmptyState canWrite={canWrite} onAddSection={() => command('addSection', null)} onImport={openImport} /> : <p className="page-status">{planStrings.connecting}</p>)
        : <PlanTable doc={doc} year={year} awareness={connection.awareness} rows={rows} merged={merged} grid={grid} canWrite={canWrite} canWriteFact={canWriteFact} undo={undo} problems={problems.byNode} onCommand={command}
            annotations={annotations.byRow} canAnnotate={annotations.canAnnotate} onAnnotate={annotations.annotate} onOpenAnnotations={annotations.openRow} />}
      <OrphansBlock orphans={snapshot.orphans} sections={snapshot.sections} canWrite={canWrite} onMove={moveOrphan} />
      {importing && canWrite && <ImportDialog onApply={applyImport} onClose={() => setImporting(false)} />}
      {removing && nodes.get(removing) && (
        <RemoveConfirm node={nodes.get(removing)!} onConfirm={confirmRemove} onCancel={() => {
          setRemoving(null)
          if (grid.active) grid.requestFocus({ kind: 'cell', nodeId: grid.active.nodeId })
        }} />
      )}
    </section>
  )
}

/**
 * The «План» tab once connected: toolbar, filters, problems, the table,
 * orphans and the dialogs. Memoised: the board context changes whenever
 * anyone moves their cursor (presence), which must not re-render the plan.
 */
export const PlanWorkspace = memo(Workspace)
