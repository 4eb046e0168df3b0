import { memo } from 'react'
import { cellProblems } from '../problems/problemIndex'
import { NumberCell } from './NumberCell'
import { PlanCell } from './PlanCell'
import { planStrings } from './planStrings'
import { PLAN_COLUMNS, sameRowProps, type PlanRowProps } from './planRowProps'
import { RowActions } from './RowActions'
import { AnnotateRowButton } from '../../review/plan/AnnotateRowButton'

/** A section («направление»): its number and bold title across the table. */
function SectionRow ({ doc, node, activeColumn, editing, canWrite, problems, presence, dropHint, tabStop, annotations, canAnnotate, handlers }: PlanRowProps) {
  const classes = ['plan-row', `plan-row--${node.kind}`, activeColumn !== null ? 'is-selected' : '',
    dropHint ? `drop-${dropHint}` : '', presence?.length ? 'has-others' : ''].filter(Boolean).join(' ')
  return (
    <tr
      className={classes}
      data-testid="plan-row"
      data-node-id={node.id}
      data-number={node.number}
      data-kind={node.kind}
      style={presence?.length ? { ['--presence-color' as string]: presence[0].color } : undefined}
      onDragOver={event => handlers.dragOver(node.id, event)}
      onDrop={event => handlers.drop(node.id, event)}
    >
      <NumberCell nodeId={node.id} number={node.number} canWrite={canWrite} presence={presence}
        annotations={annotations}
        onDragStart={handlers.dragStart} onDragEnd={handlers.dragEnd} onOpenAnnotations={handlers.openAnnotations} />
      <PlanCell
        doc={doc}
        nodeId={node.id}
        field="title"
        column={0}
        label={node.kind === 'subheading' ? planStrings.subheading : planStrings.columns.title}
        value={node.fields.title}
        active={activeColumn !== null}
        editing={editing && activeColumn !== null}
        tabStop={tabStop}
        annotated={annotations?.fields.has('title') ?? false}
        suggestion={annotations?.suggestions.get('title')}
        problems={cellProblems(problems, 'title')}
        others={presence ?? []}
        colSpan={PLAN_COLUMNS - 2}
        onMouseDown={handlers.cellMouseDown}
        onDoubleClick={handlers.cellDoubleClick}
        catchInput={canWrite && activeColumn !== null && !editing}
        onTypeText={handlers.cellTypeText}
        onEditorBlur={handlers.editorBlur}
      />
      <td className="plan-section__actions">
        {activeColumn !== null && canWrite && node.kind === 'section' && <RowActions nodeId={node.id} number={node.number} kind="section" onCommand={handlers.command} />}
        {activeColumn !== null && canAnnotate && <AnnotateRowButton onAnnotate={() => handlers.annotate(node.id, null)} />}
      </td>
    </tr>
  )
}

export const PlanSectionRow = memo(SectionRow, sameRowProps)
