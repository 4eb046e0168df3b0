import { useEffect, useRef, useState, type FormEvent } from 'react'
import { loginRequest, type UserInfo } from '../../shared/api'
import { signIn } from '../api/endpoints'
import { BusyButton } from '../components/BusyButton'
import { ErrorNotice } from '../components/ErrorNotice'
import { TextField } from '../components/TextField'
import { focusField } from '../forms/focusField'
import { validate } from '../forms/validate'
import { useDocumentTitle } from '../hooks/useDocumentTitle'
import { strings } from '../strings'

export interface LoginPageProps {
  /** The user was signed in and the session ended: say so. */
  sessionEnded: boolean
  onSignedIn: (user: UserInfo) => void
}

export function LoginPage ({ sessionEnded, onSignedIn }: LoginPageProps) {
  const s = strings.login
  useDocumentTitle(s.pageTitle)
  const [login, setLogin] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<{ message: string; field?: string } | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const loginRef = useRef<HTMLInputElement>(null)

  useEffect(() => { loginRef.current?.focus() }, [])

  async function submit (event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const checked = validate(loginRequest, { login, password })
    if (!checked.ok) {
      setError({ message: checked.message, field: checked.field })
      focusField(formRef.current, checked.field)
      return
    }
    setBusy(true)
    setError(null)
    const result = await signIn(checked.data)
    if (result.ok) {
      onSignedIn(result.data.user)
      return
    }
    setBusy(false)
    setError({ message: result.error.message })
    // Wrong credentials: the password is the likelier mistake; keep the login.
    focusField(formRef.current, 'password')
  }

  return (
    <main className="login">
      <form ref={formRef} className="login__card" onSubmit={event => { void submit(event) }} noValidate>
        <p className="login__brand">{strings.common.productName}</p>
        <h1 className="login__title">{s.title}</h1>
        <p className="login__subtitle">{s.subtitle}</p>
        {sessionEnded && error === null ? <p className="notice notice--info" role="status">{s.sessionEnded}</p> : null}
        <TextField
          ref={loginRef}
          label={s.login}
          name="login"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={login}
          onChange={event => setLogin(event.target.value)}
          invalid={error?.field === 'login'}
          data-testid="login-input"
        />
        <TextField
          label={s.password}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={event => setPassword(event.target.value)}
          invalid={error?.field === 'password'}
          data-testid="password-input"
        />
        <ErrorNotice message={error?.message} testId="login-error" />
        <BusyButton type="submit" variant="primary" busy={busy} className="login__submit" data-testid="login-submit">
          {s.submit}
        </BusyButton>
      </form>
    </main>
  )
}
