import { useDeferredValue, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { applyRegistryImport } from '../../shared/registry/applyRegistryImport'
import { importRegistryText } from '../../shared/registry/importRegistryText'
import { planRegistryImport } from '../../shared/registry/planRegistryImport'
import type { OrganisationData } from '../../shared/registry/registrySnapshot'
import { registryStrings } from './registryStrings'
import { RegistryImportPreview } from './RegistryImportPreview'
import { useModalDialog } from '../hooks/useModalDialog'

export interface RegistryImportDialogProps {
  doc: Y.Doc
  existing: readonly OrganisationData[]
  onClose: () => void
}

/**
 * «Импорт из текста»: the pasted text stays local (nobody else sees a draft)
 * until «Добавить в реестр» applies all of it in one transaction.
 */
export function RegistryImportDialog ({ doc, existing, onClose }: RegistryImportDialogProps) {
  const s = registryStrings.importDialog
  const dialog = useModalDialog()
  const [text, setText] = useState('')
  // A long paste is read once typing pauses, not on every keystroke.
  const deferred = useDeferredValue(text)
  const imported = useMemo(() => importRegistryText(deferred), [deferred])
  const plan = useMemo(() => planRegistryImport(existing, imported.organisations), [existing, imported])
  const canApply = deferred === text && (plan.create.length > 0 || plan.extend.length > 0)

  // useModalDialog gives the focus back to «Импорт из текста» when the dialog goes.
  function close () {
    onClose()
  }

  function apply () {
    if (!canApply) return
    applyRegistryImport(doc, plan)
    close()
  }

  return (
    <dialog ref={dialog} className="registry-dialog registry-import" aria-labelledby="registry-import-title"
      onCancel={event => { event.preventDefault(); close() }} data-testid="import-registry-dialog">
      <h2 id="registry-import-title" className="registry-dialog__title">{s.title}</h2>
      <p className="muted">{s.help}</p>
      <label className="field">
        <span className="field__label">{s.textLabel}</span>
        <textarea className="field__input registry-import__text" rows={8} value={text} placeholder={s.placeholder}
          onChange={event => setText(event.target.value)} autoFocus data-testid="import-registry-text" />
      </label>
      {imported.organisations.length > 0
        ? <RegistryImportPreview imported={imported} plan={plan} />
        : <p className="muted">{s.nothing}</p>}
      <div className="form__actions">
        <button type="button" className="button button--primary" disabled={!canApply} onClick={apply} data-testid="import-registry-apply">{s.apply}</button>
        <button type="button" className="button button--secondary" onClick={close}>{s.cancel}</button>
      </div>
    </dialog>
  )
}
