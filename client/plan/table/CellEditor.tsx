import { useRef, type FocusEvent } from 'react'
import type * as Y from 'yjs'
import { nodeText, planNodes } from '../../../shared/plan/planDoc'
import type { PlanTextField } from '../../../shared/plan/planFields'
import { YTextField } from '../../sync/YTextField'
import { OrganisationPicker } from './OrganisationPicker'

export interface CellEditorProps {
  doc: Y.Doc
  nodeId: string
  field: PlanTextField
  label: string
  onBlur: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => void
}

/**
 * The one open editor of the table: a textarea bound to the cell's Y.Text,
 * so two people typing in the same cell merge letter by letter.
 */
export function CellEditor ({ doc, nodeId, field, label, onBlur }: CellEditorProps) {
  const focused = useRef<Element | null>(null)
  const node = planNodes(doc).get(nodeId)
  const text = node ? nodeText(node, field) : null
  if (!text) return null
  const editor = (
    <YTextField
      text={text}
      readOnly={false}
      multiline
      className="plan-cell__editor"
      aria-label={label}
      data-testid="plan-cell-editor"
      data-plan-editor=""
      onBlur={onBlur}
      inputRef={element => {
        // YTextField hands the element over on every render: focus it (caret
        // at the end) only the first time, or the caret would jump while typing.
        if (!element || element === focused.current) return
        focused.current = element
        element.focus()
        element.setSelectionRange(element.value.length, element.value.length)
      }}
    />
  )
  if (field !== 'organisation') return editor
  return <>{editor}<OrganisationPicker doc={doc} nodeId={nodeId} text={text} /></>
}
