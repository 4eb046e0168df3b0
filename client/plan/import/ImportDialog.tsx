import { useDeferredValue, useMemo, useState, type ChangeEvent } from 'react'
import type { ImportedPlan } from '../../../shared/plan/importedPlan'
import { importPlanCsv } from '../../../shared/plan/importPlanCsv'
import { importPlanText } from '../../../shared/plan/importPlanText'
import { decodeText } from '../../../shared/text/decodeText'
import { importPlanDocxFile } from '../../api/importPlanDocxFile'
import { planStrings } from '../table/planStrings'
import { importFileKind } from './importFileKind'
import { ImportPreview } from './ImportPreview'
import { useModalDialog } from '../../hooks/useModalDialog'

export interface ImportDialogProps {
  onApply: (plan: ImportedPlan) => void
  onClose: () => void
}

/**
 * «Импорт»: paste a table copied from Word or choose a text file, review the
 * preview (what was found and every guess made), then add it to the plan.
 * Nothing touches the plan before «Добавить в план».
 */
export function ImportDialog ({ onApply, onClose }: ImportDialogProps) {
  const dialog = useModalDialog()
  const [text, setText] = useState('')
  const [fileMessage, setFileMessage] = useState<string | null>(null)
  const [wordPlan, setWordPlan] = useState<ImportedPlan | null>(null)
  const [reading, setReading] = useState(false)
  // A long paste is parsed once typing settles, not on every keystroke.
  const deferredText = useDeferredValue(text)
  const textPlan = useMemo(() => deferredText.trim() ? importPlanText(deferredText) : null, [deferredText])
  const plan = wordPlan ?? textPlan
  const ready = plan !== null && plan.sections.length > 0 && (wordPlan !== null || deferredText === text)


  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    const kind = importFileKind(file.name, file.type)
    setWordPlan(null)
    if (kind === 'word') {
      // Word files are read on the server; the preview below shows what it found.
      setReading(true)
      setFileMessage(planStrings.import.reading(file.name))
      const result = await importPlanDocxFile(file)
      setReading(false)
      if (result.ok) {
        setWordPlan(result.data.plan)
        setText('')
        setFileMessage(planStrings.import.readWord(file.name))
      } else setFileMessage(result.error.message)
      return
    }
    if (kind === 'csv') {
      // A CSV is parsed as CSV (quotes, `;` or `,`), and the result previewed like a Word file's.
      try {
        setWordPlan(importPlanCsv(decodeText(new Uint8Array(await file.arrayBuffer()))))
        setText('')
        setFileMessage(planStrings.import.readWord(file.name))
      } catch {
        setFileMessage(planStrings.import.readFailed)
      }
      return
    }
    if (kind !== 'text') {
      setFileMessage(planStrings.import.unknownFile)
      return
    }
    try {
      setText(await file.text())
      setFileMessage(null)
    } catch {
      setFileMessage(planStrings.import.readFailed)
    }
  }

  const strings = planStrings.import
  return (
    <dialog ref={dialog} className="plan-dialog plan-import" data-testid="import-dialog" aria-labelledby="plan-import-title"
      onCancel={event => { event.preventDefault(); onClose() }}>
      <h2 id="plan-import-title" className="plan-dialog__title">{strings.title}</h2>
      <p className="muted">{strings.intro}</p>
      <label className="field">
        <span className="field__label">{strings.textLabel}</span>
        <textarea className="field__input plan-import__text" rows={10} value={text} spellCheck={false} data-testid="import-text"
          onChange={event => { setWordPlan(null); setText(event.target.value) }} />
      </label>
      <label className="field">
        <span className="field__label">{strings.fileLabel}</span>
        <input type="file" accept=".txt,.tsv,.csv,text/plain,.doc,.docx" data-testid="import-file" onChange={event => { void onFile(event) }} />
      </label>
      {fileMessage && <p className="notice notice--info" role="status" aria-busy={reading} data-testid="import-file-message">{fileMessage}</p>}
      {plan && <ImportPreview plan={plan} />}
      {ready && <p className="muted">{strings.appendNote}</p>}
      <div className="form__actions">
        <button type="button" className="button button--primary" disabled={!ready} data-testid="import-apply" onClick={() => plan && onApply(plan)}>{strings.apply}</button>
        <button type="button" className="button button--secondary" onClick={onClose}>{strings.cancel}</button>
      </div>
    </dialog>
  )
}
