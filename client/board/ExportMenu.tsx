import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { BoardDetails } from '../../shared/api'
import { exportablePlanColumns, exportColumnLabels, usedPlanColumns, type ExportablePlanColumn } from '../../shared/export/planColumnChoice'
import { readPlan } from '../../shared/plan/planSnapshot'
import { useBoardConnection } from './live/BoardConnection'
import { Role } from '../../shared/roles'
import { downloadExport, type ExportFormat, type ExportWhat } from './downloadExport'
import { exportStrings } from './exportStrings'

interface ExportChoice {
  label: string
  files: Array<{ format: ExportFormat; what: ExportWhat }>
  ownersOnly?: boolean
}

const choices: ExportChoice[] = [
  { label: exportStrings.items.planDocx, files: [{ format: 'docx', what: 'plan' }] },
  { label: exportStrings.items.planPdf, files: [{ format: 'pdf', what: 'plan' }] },
  { label: exportStrings.items.planOdt, files: [{ format: 'odt', what: 'plan' }] },
  { label: exportStrings.items.reportDocx, files: [{ format: 'docx', what: 'report' }] },
  { label: exportStrings.items.reportPdf, files: [{ format: 'pdf', what: 'report' }] },
  { label: exportStrings.items.reportOdt, files: [{ format: 'odt', what: 'report' }] },
  { label: exportStrings.items.bothDocx, files: [{ format: 'docx', what: 'plan' }, { format: 'docx', what: 'report' }] },
  { label: exportStrings.items.timelinePdf, files: [{ format: 'pdf', what: 'timeline' }] },
  { label: exportStrings.items.json, files: [{ format: 'json', what: 'plan' }], ownersOnly: true },
]

/** «Экспорт»: documents made on the server, with a progress notice while they are prepared. */
export function ExportMenu ({ board }: { board: BoardDetails }) {
  const [open, setOpen] = useState(false)
  const listId = useId()
  const button = useRef<HTMLButtonElement>(null)
  // Escape from anywhere in the open menu (a column box, a format) closes it and gives the keyboard back to «Экспорт».
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return
    event.stopPropagation()
    setOpen(false)
    button.current?.focus()
  }
  const { plan } = useBoardConnection()
  // Read once when the menu opens: the columns the plan fills are the default choice.
  const usedColumns = useMemo(() => open && plan ? usedPlanColumns(readPlan(plan.doc)) : undefined, [open, plan])
  // null: what the server decides (every column the plan uses).
  const [columns, setColumns] = useState<ExportablePlanColumn[] | null>(null)
  const shown = columns ?? [...(usedColumns ?? exportablePlanColumns)]
  const toggle = (column: ExportablePlanColumn) =>
    setColumns(exportablePlanColumns.filter(c => c === column ? !shown.includes(c) : shown.includes(c)))
  const [status, setStatus] = useState<{ busy: boolean; text: string; error?: boolean } | null>(null)
  const available = choices.filter(choice => !choice.ownersOnly || board.role === Role.owner)

  const run = async (choice: ExportChoice) => {
    setOpen(false)
    setStatus({ busy: true, text: exportStrings.preparing(choice.label) })
    const names: string[] = []
    for (const file of choice.files) {
      const result = await downloadExport(board.id, file.format, file.what, file.what === 'plan' && columns ? columns : undefined)
      if (!result.ok) {
        setStatus({ busy: false, text: exportStrings.failed(result.message), error: true })
        return
      }
      names.push(result.name)
    }
    setStatus({ busy: false, text: names.map(exportStrings.done).join(' ') })
  }

  return (
    // A disclosure, not an ARIA menu: it holds a column choice (checkboxes) as well as the formats, and
    // Tab walks through both; role="menu" would promise arrow-key navigation and allow only menu items.
    <div className="export-menu" onKeyDown={closeOnEscape}>
      <button ref={button} type="button" className="button button--secondary" aria-expanded={open} aria-controls={open ? listId : undefined}
        data-testid="export-menu" disabled={status?.busy} onClick={() => setOpen(o => !o)}>
        {status?.busy ? '…' : exportStrings.menu}
      </button>
      {open && (
        <ul className="export-menu__list" id={listId} aria-label={exportStrings.menu}>
          <li className="export-menu__columns">
            <fieldset data-testid="export-columns">
              <legend>{exportStrings.columnsTitle}</legend>
              {exportablePlanColumns.map(column => (
                <label key={column}>
                  <input type="checkbox" checked={shown.includes(column)} onChange={() => toggle(column)} data-column={column} /> {exportColumnLabels[column]}
                </label>
              ))}
              <p className="hint">{exportStrings.columnsHint}</p>
            </fieldset>
          </li>
          {available.map(choice => (
            <li key={choice.label}>
              <button type="button" className="export-menu__item" data-testid="export-item"
                onClick={() => { void run(choice) }}>{choice.label}</button>
            </li>
          ))}
        </ul>
      )}
      {status && (
        <p className={`notice ${status.error ? 'notice--error' : 'notice--info'}`} role="status" aria-busy={status.busy} data-testid="export-status">
          {status.busy && <span className="spinner" aria-hidden="true" />} {status.text}
        </p>
      )}
    </div>
  )
}
