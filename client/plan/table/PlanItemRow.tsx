import { memo } from 'react'
import { outcomeFields, type PlannedField } from '../../../shared/plan/planFields'
import { cellProblems } from '../problems/problemIndex'
import { navColumns } from './cellNavigation'
import { NumberCell } from './NumberCell'
import { OutcomeRow } from './OutcomeRow'
import { PlanCell } from './PlanCell'
import { planStrings } from './planStrings'
import { PLAN_COLUMNS, sameRowProps, type PlanRowProps } from './planRowProps'
import { StatusCell } from './StatusCell'

const textColumns = navColumns.filter((column): column is PlannedField => column !== 'status')

function ItemRow ({ doc, year, node, activeColumn, editing, canWrite, canWriteFact, expanded, problems, presence, dropHint, tabStop, annotations, canAnnotate, handlers, merged }: PlanRowProps) {
  const classes = ['plan-row', 'plan-row--item', `is-${node.status}`, activeColumn !== null ? 'is-selected' : '',
    dropHint ? `drop-${dropHint}` : '', presence?.length ? 'has-others' : ''].filter(Boolean).join(' ')
  const outcomeProblem = problems?.some(p => (outcomeFields as readonly string[]).includes(p.field ?? '')) ?? false
  return (
    <>
      <tr
        className={classes}
        data-testid="plan-row"
        data-node-id={node.id}
        data-number={node.number}
        data-kind={node.kind}
        data-status={node.status}
        style={{ ['--depth' as string]: node.depth, ['--presence-color' as string]: presence?.[0]?.color }}
        onDragOver={event => handlers.dragOver(node.id, event)}
        onDrop={event => handlers.drop(node.id, event)}
      >
        <NumberCell nodeId={node.id} number={node.number} canWrite={canWrite} presence={presence}
          annotations={annotations}
          onDragStart={handlers.dragStart} onDragEnd={handlers.dragEnd} onOpenAnnotations={handlers.openAnnotations} />
        {textColumns.map((field, column) => (
          <PlanCell
            key={field}
            doc={doc}
            nodeId={node.id}
            field={field}
            column={column}
            label={planStrings.columns[field]}
            value={merged?.[field] ?? node.fields[field]}
            mergedUp={merged?.[field] !== undefined}
            active={activeColumn === column}
            editing={editing && activeColumn === column}
            tabStop={tabStop && column === 0}
            annotated={annotations?.fields.has(field) ?? false}
            suggestion={annotations?.suggestions.get(field)}
            problems={cellProblems(problems, field)}
            others={presence?.filter(p => p.field === field) ?? []}
            onMouseDown={handlers.cellMouseDown}
            onDoubleClick={handlers.cellDoubleClick}
            catchInput={canWrite && activeColumn === column && !editing}
            onTypeText={handlers.cellTypeText}
            onEditorBlur={handlers.editorBlur}
          />
        ))}
        <StatusCell
          nodeId={node.id}
          number={node.number}
          column={textColumns.length}
          status={node.status}
          active={activeColumn === textColumns.length}
          rowActive={activeColumn !== null}
          canWrite={canWrite}
          canWriteStatus={canWriteFact}
          expanded={expanded}
          outcomeFilled={outcomeFields.some(field => node.fields[field].trim() !== '')}
          outcomeProblem={outcomeProblem}
          onMouseDown={handlers.cellMouseDown}
          onStatus={handlers.setStatus}
          onToggleOutcome={handlers.toggleOutcome}
          onCommand={handlers.command}
          onAnnotate={canAnnotate && activeColumn !== null ? () => handlers.annotate(node.id, activeColumn) : undefined}
        />
      </tr>
      {expanded && <OutcomeRow doc={doc} node={node} canWrite={canWriteFact} problems={problems} columns={PLAN_COLUMNS} year={year} />}
    </>
  )
}

/** An item row (and its «Итоги» panel when open), re-rendered only when what it shows changes. */
export const PlanItemRow = memo(ItemRow, sameRowProps)
