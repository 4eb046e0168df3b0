import { useState } from 'react'
import type { BoardDetails } from '../../shared/api'
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
  const [status, setStatus] = useState<{ busy: boolean; text: string; error?: boolean } | null>(null)
  const available = choices.filter(choice => !choice.ownersOnly || board.role === Role.owner)

  const run = async (choice: ExportChoice) => {
    setOpen(false)
    setStatus({ busy: true, text: exportStrings.preparing(choice.label) })
    const names: string[] = []
    for (const file of choice.files) {
      const result = await downloadExport(board.id, file.format, file.what)
      if (!result.ok) {
        setStatus({ busy: false, text: exportStrings.failed(result.message), error: true })
        return
      }
      names.push(result.name)
    }
    setStatus({ busy: false, text: names.map(exportStrings.done).join(' ') })
  }

  return (
    <div className="export-menu">
      <button type="button" className="button button--secondary" aria-haspopup="menu" aria-expanded={open} data-testid="export-menu"
        disabled={status?.busy} onClick={() => setOpen(o => !o)}
        onKeyDown={event => { if (event.key === 'Escape') setOpen(false) }}>
        {status?.busy ? '…' : exportStrings.menu}
      </button>
      {open && (
        <ul className="export-menu__list" role="menu">
          {available.map(choice => (
            <li key={choice.label} role="none">
              <button type="button" role="menuitem" className="export-menu__item" data-testid="export-item"
                onKeyDown={event => { if (event.key === 'Escape') setOpen(false) }}
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
