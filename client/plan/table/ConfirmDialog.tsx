import { useEffect, useRef } from 'react'
import { useModalDialog } from '../../hooks/useModalDialog'

export interface ConfirmDialogProps {
  message: string
  confirmLabel: string
  cancelLabel: string
  /** A destructive choice that needs a second look: focus starts on «Отмена». */
  cautious: boolean
  onConfirm: () => void
  onCancel: () => void
}

/** A modal question (the browser's <dialog>, with useModalDialog's focus wrap and return). */
export function ConfirmDialog ({ message, confirmLabel, cancelLabel, cautious, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useModalDialog()
  const confirm = useRef<HTMLButtonElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  useEffect(() => { (cautious ? cancel : confirm).current?.focus() }, [cautious])
  return (
    <dialog ref={dialog} className="plan-dialog plan-dialog--confirm" data-testid="plan-confirm" onCancel={event => { event.preventDefault(); onCancel() }}>
      <p className="plan-dialog__message">{message}</p>
      <div className="form__actions">
        <button ref={confirm} type="button" className="button button--danger" data-testid="plan-confirm-yes" onClick={onConfirm}>{confirmLabel}</button>
        <button ref={cancel} type="button" className="button button--secondary" data-testid="plan-confirm-no" onClick={onCancel}>{cancelLabel}</button>
      </div>
    </dialog>
  )
}
