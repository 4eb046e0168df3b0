import { useEffect, useRef, useState } from 'react'
import { strings } from '../strings'

export interface RemoveWithConfirmProps {
  label: string
  question: string
  confirmLabel: string
  onConfirm: () => void
  testId: string
}

/** «Удалить» that asks in place first (the members table's pattern); focus comes back to it on «Отмена». */
export function RemoveWithConfirm ({ label, question, confirmLabel, onConfirm, testId }: RemoveWithConfirmProps) {
  const [confirming, setConfirming] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const wasConfirming = useRef(false)
  useEffect(() => {
    if (wasConfirming.current && !confirming) button.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])

  if (!confirming) {
    return (
      <button ref={button} type="button" className="button button--link registry-remove" onClick={() => setConfirming(true)} data-testid={testId}>
        {label}
      </button>
    )
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm__text">{question}</span>
      <button type="button" className="button button--danger" onClick={onConfirm} data-testid={`${testId}-confirm`}>{confirmLabel}</button>
      <button type="button" className="button button--secondary" autoFocus onClick={() => setConfirming(false)}>{strings.common.cancel}</button>
    </span>
  )
}
