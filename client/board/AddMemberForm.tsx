import { useRef, useState, type FormEvent } from 'react'
import { z } from 'zod'
import { createUserRequest, setMemberRoleRequest, type BoardDetails, type MemberCandidate } from '../../shared/api'
import { Role } from '../../shared/roles'
import { setMemberRole } from '../api/endpoints'
import { BusyButton } from '../components/BusyButton'
import { ErrorNotice } from '../components/ErrorNotice'
import { RoleSelect } from '../components/RoleSelect'
import { focusField } from '../forms/focusField'
import { validate } from '../forms/validate'
import { strings } from '../strings'
import { MemberPicker } from './MemberPicker'

/** The shared rules for a login and a role, checked before asking the server. */
const addMemberInput = z.object({
  login: createUserRequest.shape.login,
  role: setMemberRoleRequest.shape.role,
})

export interface AddMemberFormProps {
  boardId: string
  onAdded: (board: BoardDetails, notice: string) => void
}

/** Invites an existing user found by name or login; most people join as editors (methodologists). */
export function AddMemberForm ({ boardId, onAdded }: AddMemberFormProps) {
  const s = strings.members
  const [login, setLogin] = useState('')
  // Picked from the list: its login is sent, its name is what the field shows.
  const [picked, setPicked] = useState<MemberCandidate | null>(null)
  const [role, setRole] = useState<Role>(Role.editor)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<{ message: string; field?: string } | null>(null)
  const formRef = useRef<HTMLFormElement>(null)

  async function submit (event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const checked = validate(addMemberInput, { login: picked?.login ?? login, role })
    if (!checked.ok) {
      setError({ message: checked.message, field: checked.field })
      focusField(formRef.current, checked.field)
      return
    }
    setBusy(true)
    setError(null)
    const result = await setMemberRole(boardId, checked.data.login, checked.data.role)
    setBusy(false)
    if (!result.ok) {
      setError({ message: result.error.message })
      return
    }
    const added = result.data.members.find(m => m.login === checked.data.login)
    setLogin('')
    setPicked(null)
    onAdded(result.data, s.added(added?.name ?? checked.data.login))
  }

  return (
    <form
      ref={formRef}
      className="form form--inline"
      aria-labelledby="add-member-title"
      onSubmit={event => { void submit(event) }}
      noValidate
    >
      <h3 id="add-member-title" className="card__subtitle">{s.addTitle}</h3>
      <div className="form__row">
        <MemberPicker
          boardId={boardId}
          value={login}
          onChange={text => { setLogin(text); setPicked(null) }}
          onPick={person => { setPicked(person); setLogin(person.name) }}
          invalid={error?.field === 'login'}
        />
        <div className="field">
          <label className="field__label" htmlFor="add-member-role">{s.addRole}</label>
          <RoleSelect id="add-member-role" name="role" value={role} onChange={setRole} data-testid="member-add-role" />
        </div>
        <div className="field field--action">
          <BusyButton type="submit" variant="primary" busy={busy} data-testid="member-add-submit">{s.add}</BusyButton>
        </div>
      </div>
      <ErrorNotice message={error?.message} testId="member-add-error" />
    </form>
  )
}
