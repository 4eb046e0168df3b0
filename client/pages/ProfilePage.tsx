import { useRef, useState, type FormEvent } from 'react'
import { changeOwnPasswordRequest, type UserInfo } from '../../shared/api'
import { changeOwnPassword } from '../api/endpoints'
import { BusyButton } from '../components/BusyButton'
import { ErrorNotice } from '../components/ErrorNotice'
import { SuccessNotice } from '../components/SuccessNotice'
import { TextField } from '../components/TextField'
import { focusField } from '../forms/focusField'
import { validate } from '../forms/validate'
import { useDocumentTitle } from '../hooks/useDocumentTitle'
import { strings } from '../strings'

export interface ProfilePageProps {
  user: UserInfo
}

/** The user's own account and the change of their password. */
export function ProfilePage ({ user }: ProfilePageProps) {
  const s = strings.profile
  useDocumentTitle(s.title)
  const [currentPassword, setCurrentPassword] = useState('')
  const [newPassword, setNewPassword] = useState('')
  const [repeat, setRepeat] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<{ message: string; field?: string } | null>(null)
  const [done, setDone] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)

  async function submit (event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    setDone(false)
    const checked = validate(changeOwnPasswordRequest, { currentPassword, newPassword })
    if (!checked.ok) {
      setError({ message: checked.message, field: checked.field })
      focusField(formRef.current, checked.field)
      return
    }
    if (repeat !== newPassword) {
      setError({ message: s.mismatch, field: 'repeatPassword' })
      focusField(formRef.current, 'repeatPassword')
      return
    }
    setBusy(true)
    setError(null)
    const result = await changeOwnPassword(checked.data)
    setBusy(false)
    if (!result.ok) {
      setError({ message: result.error.message })
      return
    }
    setCurrentPassword('')
    setNewPassword('')
    setRepeat('')
    setDone(true)
  }

  return (
    <section className="page page--narrow">
      <h1 className="page__title">{s.title}</h1>
      <div className="card">
        <dl className="details">
          <div><dt>{s.name}</dt><dd data-testid="profile-name">{user.name}</dd></div>
          <div><dt>{s.login}</dt><dd className="mono" data-testid="profile-login">{user.login}</dd></div>
          {user.isAdmin ? <div><dt>{s.admin}</dt><dd>{strings.common.yes}</dd></div> : null}
        </dl>
      </div>
      <form
        ref={formRef}
        className="card form"
        aria-labelledby="password-title"
        onSubmit={event => { void submit(event) }}
        noValidate
      >
        <h2 id="password-title" className="card__title">{s.passwordTitle}</h2>
        {/* Lets password managers tie the new password to this account. */}
        <input type="text" name="username" autoComplete="username" value={user.login} readOnly hidden />
        <TextField
          label={s.currentPassword}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={event => setCurrentPassword(event.target.value)}
          invalid={error?.field === 'currentPassword'}
          data-testid="profile-current-password"
        />
        <TextField
          label={s.newPassword}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint={s.newPasswordHint}
          value={newPassword}
          onChange={event => setNewPassword(event.target.value)}
          invalid={error?.field === 'newPassword'}
          data-testid="profile-new-password"
        />
        <TextField
          label={s.repeatPassword}
          name="repeatPassword"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={event => setRepeat(event.target.value)}
          invalid={error?.field === 'repeatPassword'}
          data-testid="profile-repeat-password"
        />
        <ErrorNotice message={error?.message} testId="profile-error" />
        <SuccessNotice message={done ? s.changed : null} testId="profile-notice" />
        <div className="form__actions">
          <BusyButton type="submit" variant="primary" busy={busy} data-testid="profile-submit">{s.submit}</BusyButton>
        </div>
      </form>
    </section>
  )
}
