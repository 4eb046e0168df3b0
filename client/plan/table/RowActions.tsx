import type { NodeKind } from '../../../shared/plan/planFields'
import type { RowCommand } from './planKeyAction'
import { planStrings } from './planStrings'

export interface RowActionsProps {
  nodeId: string
  number: string
  kind: NodeKind
  onCommand: (command: RowCommand, nodeId: string) => void
}

const itemActions: ReadonlyArray<readonly [RowCommand, string, string]> = [
  ['addBelow', '+', planStrings.row.addBelow],
  ['addChild', '↳', planStrings.row.addChild],
  ['addSection', '§', planStrings.row.addSection],
  ['indent', '→', planStrings.row.indent],
  ['outdent', '←', planStrings.row.outdent],
  ['moveUp', '↑', planStrings.row.moveUp],
  ['moveDown', '↓', planStrings.row.moveDown],
  ['remove', '✕', planStrings.row.remove],
]
const sectionActions = itemActions.filter(([command]) => command !== 'indent' && command !== 'outdent' && command !== 'addChild')

/**
 * The selected row's buttons (only that row has them: 300 rows of eight
 * buttons would be noise on screen and weight in the DOM). Each names its
 * keyboard shortcut in its tooltip.
 */
export function RowActions ({ nodeId, number, kind, onCommand }: RowActionsProps) {
  const actions = kind === 'section' ? sectionActions : itemActions
  return (
    <div
      className="row-actions"
      role="toolbar"
      aria-label={planStrings.row.actionsLabel(number)}
      // Clicking a button must not re-select the status cell underneath it.
      onMouseDown={event => event.stopPropagation()}
    >
      {actions.map(([command, icon, label]) => (
        <button
          key={command}
          type="button"
          className={`row-actions__button${command === 'remove' ? ' is-danger' : ''}`}
          title={label}
          aria-label={label}
          data-testid={`row-${command}`}
          onClick={() => onCommand(command, nodeId)}
        >{icon}</button>
      ))}
    </div>
  )
}
