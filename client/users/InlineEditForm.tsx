import { useState, type FormEvent } from 'react'
import { BusyButton } from '../components/BusyButton'
import { TextField } from '../components/TextField'
import { strings } from '../strings'

export interface InlineEditFormProps {
  label: string
  type?: 'text' | 'password'
  initialValue?: string
  submitLabel: string
  busy: boolean
  testId: string
  onSubmit: (value: string) => void
  onCancel: () => void
}

/** One field with «Сохранить» and «Отмена», opened inside a table row. Esc cancels. */
export function InlineEditForm ({ label, type = 'text', initialValue = '', submitLabel, busy, testId, onSubmit, onCancel }: InlineEditFormProps) {
  const [value, setValue] = useState(initialValue)

  function submit (event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!busy) onSubmit(value)
  }

  return (
    <form
      className="inline-form"
      onSubmit={submit}
      onKeyDown={event => { if (event.key === 'Escape' && !busy) onCancel() }}
      noValidate
    >
      <TextField
        label={label}
        type={type}
        autoComplete={type === 'password' ? 'new-password' : 'off'}
        autoFocus
        value={value}
        onChange={event => setValue(event.target.value)}
        data-testid={`${testId}-input`}
      />
      <BusyButton type="submit" variant="primary" busy={busy} data-testid={`${testId}-submit`}>{submitLabel}</BusyButton>
      <BusyButton disabled={busy} onClick={onCancel}>{strings.common.cancel}</BusyButton>
    </form>
  )
}
