import { useState, type ChangeEvent } from 'react'
import { BusyButton } from '../../components/BusyButton'
import { importReportDocxFile, type ReportImportAnswer, type ReportOutlineLine } from './reportImportApi'
import { reportImportStrings as strings } from './reportImportStrings'
import { useModalDialog } from '../../hooks/useModalDialog'

export interface ReportImportDialogProps {
  boardId: string
  onClose: () => void
}

type Step =
  | { kind: 'choose'; message?: string }
  | { kind: 'reading'; name: string }
  | { kind: 'preview'; file: File; answer: ReportImportAnswer }
  | { kind: 'importing'; file: File; answer: ReportImportAnswer }
  | { kind: 'done'; answer: ReportImportAnswer }

function OutlineList ({ lines }: { lines: ReportOutlineLine[] }) {
  return (
    <ol className="report-import__outline">
      {lines.map((line, index) => (
        <li key={`${line.number}-${index}`}>
          <span className="report-import__number">{line.number}</span> {line.title}
          {line.children.length > 0 && <OutlineList lines={line.children} />}
        </li>
      ))}
    </ol>
  )
}

/**
 * «Импорт из Word» on the report tab: the server reads the file and answers
 * what it found (nothing changes yet); the person checks the outline and the
 * counts, chooses to replace the report's sections (the old report is kept
 * as a version first) or to append, and confirms. The new sections arrive
 * through the live document like anyone's edit.
 */
export function ReportImportDialog ({ boardId, onClose }: ReportImportDialogProps) {
  const dialog = useModalDialog()
  const [step, setStep] = useState<Step>({ kind: 'choose' })
  const [mode, setMode] = useState<'replace' | 'append'>('replace')

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    if (!file.name.toLowerCase().endsWith('.docx')) {
      setStep({ kind: 'choose', message: strings.notDocx })
      return
    }
    setStep({ kind: 'reading', name: file.name })
    const result = await importReportDocxFile(boardId, file, 'preview')
    setStep(result.ok ? { kind: 'preview', file, answer: result.data } : { kind: 'choose', message: result.error.message })
  }

  const apply = async () => {
    if (step.kind !== 'preview') return
    setStep({ kind: 'importing', file: step.file, answer: step.answer })
    const result = await importReportDocxFile(boardId, step.file, mode)
    setStep(result.ok ? { kind: 'done', answer: result.data } : { kind: 'preview', file: step.file, answer: { ...step.answer, lines: [result.error.message] } })
  }

  const busy = step.kind === 'reading' || step.kind === 'importing'
  const answer = step.kind === 'preview' || step.kind === 'importing' || step.kind === 'done' ? step.answer : null
  return (
    <dialog ref={dialog} className="plan-dialog report-import" data-testid="report-import-dialog" aria-labelledby="report-import-title"
      onCancel={event => { event.preventDefault(); if (!busy) onClose() }}>
      <h2 id="report-import-title" className="plan-dialog__title">{strings.title}</h2>
      <p className="muted">{strings.intro}</p>
      {step.kind !== 'done' && (
        <label className="field">
          <span className="field__label">{strings.fileLabel}</span>
          <input type="file" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" disabled={busy}
            data-testid="report-import-file" onChange={event => { void onFile(event) }} />
        </label>
      )}
      {step.kind === 'choose' && step.message && <p className="notice notice--error" role="alert" data-testid="report-import-error">{step.message}</p>}
      {busy && (
        <div className="report-import__progress" role="status" aria-busy="true" data-testid="report-import-progress">
          <progress />
          <span>{step.kind === 'reading' ? strings.reading(step.name) : strings.importing}</span>
        </div>
      )}
      {answer && step.kind !== 'done' && (
        <section className="report-import__preview" data-testid="report-import-preview">
          <h3>{strings.found}</h3>
          {answer.preview.title.length > 0 && <p><strong>{strings.reportTitle}:</strong> {answer.preview.title.join(' ')}</p>}
          <p data-testid="report-import-counts">{strings.counts(answer.preview.counts)}</p>
          <h4>{strings.outline}</h4>
          <OutlineList lines={answer.preview.outline} />
          {answer.preview.notes.length > 0 && (
            <>
              <h4>{strings.notes}</h4>
              <ul className="report-import__notes">{answer.preview.notes.map(note => <li key={note}>{note}</li>)}</ul>
            </>
          )}
          <fieldset className="report-import__mode" disabled={busy}>
            <label><input type="radio" name="report-import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} data-testid="report-import-replace" /> {strings.replace}</label>
            <label><input type="radio" name="report-import-mode" checked={mode === 'append'} onChange={() => setMode('append')} data-testid="report-import-append" /> {strings.append}</label>
          </fieldset>
        </section>
      )}
      {step.kind === 'done' && (
        <div className="notice notice--success" role="status" data-testid="report-import-done">
          <p>{strings.done(step.answer.applied?.sections ?? 0)}</p>
          {step.answer.applied?.versionName && <p>{strings.keptAs(step.answer.applied.versionName)}</p>}
          {step.answer.preview.notes.map(note => <p key={note}>{note}</p>)}
        </div>
      )}
      <div className="form__actions">
        {step.kind !== 'done' && (
          <BusyButton variant="primary" busy={step.kind === 'importing'} disabled={step.kind !== 'preview'} data-testid="report-import-apply" onClick={() => { void apply() }}>
            {strings.apply}
          </BusyButton>
        )}
        <button type="button" className="button button--secondary" disabled={busy} data-testid="report-import-close" onClick={onClose}>
          {step.kind === 'done' ? strings.close : strings.cancel}
        </button>
      </div>
    </dialog>
  )
}
