import { useEffect, useRef } from 'react'
import { useModalDialog } from '../hooks/useModalDialog'

export interface ConfirmModalProps {
  message: string
  confirmLabel: string
  cancelLabel: string
  confirmTestId: string
  onConfirm: () => void
  onCancel: () => void
}

/**
 * A question that needs a deliberate answer (agreeing over open remarks,
 * restoring a version): the browser's modal <dialog>, focus starting on
 * «Отмена» so Enter alone never confirms.
 */
export function ConfirmModal ({ message, confirmLabel, cancelLabel, confirmTestId, onConfirm, onCancel }: ConfirmModalProps) {
  const dialog = useModalDialog()
  const cancel = useRef<HTMLButtonElement>(null)
  useEffect(() => { cancel.current?.focus() }, [])
  return (
    <dialog ref={dialog} className="review-confirm" aria-label={message} onCancel={event => { event.preventDefault(); onCancel() }}>
      <p className="review-confirm__message">{message}</p>
      <div className="form__actions">
        <button type="button" className="button button--primary" data-testid={confirmTestId} onClick={onConfirm}>{confirmLabel}</button>
        <button ref={cancel} type="button" className="button button--secondary" onClick={onCancel}>{cancelLabel}</button>
      </div>
    </dialog>
  )
}
