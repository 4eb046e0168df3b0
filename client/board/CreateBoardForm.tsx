import { useRef, useState, type FormEvent } from 'react'
import { createBoardRequest, type BoardDetails } from '../../shared/api'
import { createBoard } from '../api/endpoints'
import { BusyButton } from '../components/BusyButton'
import { ErrorNotice } from '../components/ErrorNotice'
import { TextField } from '../components/TextField'
import { focusField } from '../forms/focusField'
import { validate } from '../forms/validate'
import { currentAcademicYear } from '../lib/currentAcademicYear'
import { strings } from '../strings'

export interface CreateBoardFormProps {
  onCreated: (board: BoardDetails) => void
}

/** Administrators create a district's board for a year; its owner defaults to the creator. */
export function CreateBoardForm ({ onCreated }: CreateBoardFormProps) {
  const s = strings.boards
  const [district, setDistrict] = useState('')
  const [year, setYear] = useState(() => currentAcademicYear())
  const [owner, setOwner] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<{ message: string; field?: string } | null>(null)
  const formRef = useRef<HTMLFormElement>(null)

  async function submit (event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const trimmedOwner = owner.trim()
    const checked = validate(createBoardRequest, {
      district,
      year: year.trim(),
      owner: trimmedOwner === '' ? undefined : trimmedOwner,
    })
    if (!checked.ok) {
      setError({ message: checked.message, field: checked.field })
      focusField(formRef.current, checked.field)
      return
    }
    setBusy(true)
    setError(null)
    const result = await createBoard(checked.data)
    setBusy(false)
    if (result.ok) onCreated(result.data)
    else setError({ message: result.error.message })
  }

  return (
    <form
      ref={formRef}
      className="card form"
      aria-labelledby="create-board-title"
      onSubmit={event => { void submit(event) }}
      noValidate
    >
      <h2 id="create-board-title" className="card__title">{s.createTitle}</h2>
      <div className="form__row">
        <TextField
          label={s.district}
          name="district"
          placeholder={s.districtPlaceholder}
          value={district}
          onChange={event => setDistrict(event.target.value)}
          invalid={error?.field === 'district'}
          data-testid="create-board-district"
        />
        <TextField
          label={s.year}
          name="year"
          hint={s.yearHint}
          inputMode="numeric"
          value={year}
          onChange={event => setYear(event.target.value)}
          invalid={error?.field === 'year'}
          data-testid="create-board-year"
        />
        <TextField
          label={`${s.owner} (${strings.common.optional})`}
          name="owner"
          hint={s.ownerHint}
          autoCapitalize="none"
          spellCheck={false}
          value={owner}
          onChange={event => setOwner(event.target.value)}
          invalid={error?.field === 'owner'}
          data-testid="create-board-owner"
        />
      </div>
      <ErrorNotice message={error?.message} testId="create-board-error" />
      <div className="form__actions">
        <BusyButton type="submit" variant="primary" busy={busy} data-testid="create-board-submit">{s.create}</BusyButton>
      </div>
    </form>
  )
}
