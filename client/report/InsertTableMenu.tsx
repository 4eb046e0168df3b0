import { useRef } from 'react'
import type { Editor } from '@tiptap/react'
import { createTypedTable, ReportNode } from '../../shared/report/reportDoc'
import { typedTableDefinitions, typedTableKinds, type TypedTableKind } from '../../shared/report/typedTableKinds'
import { closeMenuOnEscape } from './closeMenuOnEscape'
import { insertBlockNode } from './insertBlockNode'
import { useReportContext } from './ReportContext'
import { reportStrings } from './reportStrings'

/** «Вставить таблицу»: creates a typed table of a kind (one empty row) and puts a reference to it at the cursor. */
export function InsertTableMenu ({ editor }: { editor: Editor | null }) {
  const { reportDoc } = useReportContext()
  const menu = useRef<HTMLDetailsElement>(null)

  const insert = (kind: TypedTableKind) => {
    if (!editor) return
    // The table first: the node that refers to it must never arrive before it.
    const tableId = createTypedTable(reportDoc, kind, 1)
    insertBlockNode(editor, { type: ReportNode.typedTable, attrs: { tableId } })
    if (menu.current) menu.current.open = false
  }

  return (
    <details className="toolbar-menu" ref={menu} onKeyDown={closeMenuOnEscape}>
      <summary className="button button--secondary" data-testid="report-insert-table">{reportStrings.insertTable.button}</summary>
      <div className="toolbar-menu__panel">
        <p className="toolbar-menu__hint">{reportStrings.insertTable.hint}</p>
        {typedTableKinds.map(kind => (
          <button key={kind} type="button" className="toolbar-menu__item" data-testid="insert-table-kind" data-kind={kind} disabled={!editor} onClick={() => insert(kind)}>
            {typedTableDefinitions[kind].title}
          </button>
        ))}
      </div>
    </details>
  )
}
