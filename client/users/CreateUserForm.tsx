import { useRef, useState, type FormEvent } from 'react'
import { createUserRequest, type UserInfo } from '../../shared/api'
import { createUser } from '../api/endpoints'
import { BusyButton } from '../components/BusyButton'
import { ErrorNotice } from '../components/ErrorNotice'
import { TextField } from '../components/TextField'
import { focusField } from '../forms/focusField'
import { validate } from '../forms/validate'
import { strings } from '../strings'

export interface CreateUserFormProps {
  onCreated: (user: UserInfo) => void
}

export function CreateUserForm ({ onCreated }: CreateUserFormProps) {
  const s = strings.users
  const [login, setLogin] = useState('')
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  const [isAdmin, setIsAdmin] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<{ message: string; field?: string } | null>(null)
  const formRef = useRef<HTMLFormElement>(null)

  async function submit (event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const checked = validate(createUserRequest, { login, name, password, isAdmin })
    if (!checked.ok) {
      setError({ message: checked.message, field: checked.field })
      focusField(formRef.current, checked.field)
      return
    }
    setBusy(true)
    setError(null)
    const result = await createUser(checked.data)
    setBusy(false)
    if (!result.ok) {
      setError({ message: result.error.message })
      return
    }
    setLogin('')
    setName('')
    setPassword('')
    setIsAdmin(false)
    onCreated(result.data)
  }

  return (
    <form
      ref={formRef}
      className="card form"
      aria-labelledby="create-user-title"
      onSubmit={event => { void submit(event) }}
      noValidate
    >
      <h2 id="create-user-title" className="card__title">{s.createTitle}</h2>
      <div className="form__row">
        <TextField
          label={s.login}
          name="login"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={login}
          onChange={event => setLogin(event.target.value)}
          invalid={error?.field === 'login'}
          data-testid="create-user-login"
        />
        <TextField
          label={s.name}
          name="name"
          autoComplete="off"
          value={name}
          onChange={event => setName(event.target.value)}
          invalid={error?.field === 'name'}
          data-testid="create-user-name"
        />
        <TextField
          label={s.password}
          name="password"
          type="password"
          autoComplete="new-password"
          hint={s.passwordHint}
          value={password}
          onChange={event => setPassword(event.target.value)}
          invalid={error?.field === 'password'}
          data-testid="create-user-password"
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          name="isAdmin"
          checked={isAdmin}
          onChange={event => setIsAdmin(event.target.checked)}
          data-testid="create-user-admin"
        />
        {s.isAdmin}
      </label>
      <ErrorNotice message={error?.message} testId="create-user-error" />
      <div className="form__actions">
        <BusyButton type="submit" variant="primary" busy={busy} data-testid="create-user-submit">{s.create}</BusyButton>
      </div>
    </form>
  )
}
