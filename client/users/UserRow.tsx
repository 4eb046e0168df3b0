import { useState } from 'react'
import { updateUserRequest, type UpdateUserRequest, type UserInfo } from '../../shared/api'
import { updateUser } from '../api/endpoints'
import { BusyButton } from '../components/BusyButton'
import { ErrorNotice } from '../components/ErrorNotice'
import { validate } from '../forms/validate'
import { BUILT_IN_ADMIN_LOGIN } from '../../shared/users/builtInAdmin'
import { strings } from '../strings'
import { InlineEditForm } from './InlineEditForm'

export interface UserRowProps {
  user: UserInfo
  isSelf: boolean
  /** Number of columns of the table, for the error row. */
  columns: number
  onChanged: (user: UserInfo, notice: string) => void
}

type Action = 'active' | 'admin' | 'rename' | 'password'

/** A user with the administrator's actions; rename and password reset open inline. */
export function UserRow ({ user, isSelf, columns, onChanged }: UserRowProps) {
  const s = strings.users
  const [editing, setEditing] = useState<'rename' | 'password' | null>(null)
  const [pending, setPending] = useState<Action | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function update (action: Action, input: UpdateUserRequest, notice: (login: string) => string) {
    const checked = validate(updateUserRequest, input)
    if (!checked.ok) {
      setError(checked.message)
      return
    }
    setPending(action)
    setError(null)
    const result = await updateUser(user.login, checked.data)
    setPending(null)
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    setEditing(null)
    onChanged(result.data, notice(user.login))
  }

  function close () {
    setEditing(null)
    setError(null)
  }

  const busy = pending !== null
  // Switching off or demoting oneself, or the built-in admin, is refused: not offered either.
  const lockable = !isSelf && user.login !== BUILT_IN_ADMIN_LOGIN
  return (
    <>
      <tr className={user.active ? 'user-row' : 'user-row is-inactive'} data-testid="user-row" data-login={user.login}>
        <td className="mono">{user.login}</td>
        <td>{isSelf ? `${user.name} ${s.you}` : user.name}</td>
        <td>{user.isAdmin ? strings.common.yes : strings.common.no}</td>
        <td>
          <span className={user.active ? 'status status--active' : 'status status--inactive'}>
            {user.active ? s.active : s.inactive}
          </span>
        </td>
        <td className="table__actions">
          {editing === 'rename'
            ? (
              <InlineEditForm
                label={s.newName}
                initialValue={user.name}
                submitLabel={strings.common.save}
                busy={busy}
                testId="user-rename"
                onSubmit={name => { void update('rename', { name }, s.renamed) }}
                onCancel={close}
              />
              )
            : null}
          {editing === 'password'
            ? (
              <InlineEditForm
                label={s.newPassword}
                type="password"
                submitLabel={strings.common.save}
                busy={busy}
                testId="user-password"
                onSubmit={password => { void update('password', { password }, s.passwordReset) }}
                onCancel={close}
              />
              )
            : null}
          {editing === null
            ? (
              <span className="button-group">
                {lockable && (
                  <BusyButton
                    variant={user.active ? 'danger' : 'secondary'}
                    busy={pending === 'active'}
                    disabled={busy}
                    onClick={() => {
                      void update('active', { active: !user.active }, user.active ? s.deactivated : s.activated)
                    }}
                    data-testid="user-toggle-active"
                  >{user.active ? s.deactivate : s.activate}</BusyButton>
                )}
                {lockable && (
                  <BusyButton
                    busy={pending === 'admin'}
                    disabled={busy}
                    onClick={() => {
                      void update('admin', { isAdmin: !user.isAdmin }, user.isAdmin ? s.adminRevoked : s.adminGranted)
                    }}
                    data-testid="user-toggle-admin"
                  >{user.isAdmin ? s.revokeAdmin : s.makeAdmin}</BusyButton>
                )}
                <BusyButton disabled={busy} onClick={() => { setError(null); setEditing('rename') }} data-testid="user-rename">
                  {s.rename}
                </BusyButton>
                <BusyButton disabled={busy} onClick={() => { setError(null); setEditing('password') }} data-testid="user-reset-password">
                  {s.resetPassword}
                </BusyButton>
              </span>
              )
            : null}
        </td>
      </tr>
      {error !== null
        ? <tr className="user-row__error"><td colSpan={columns}><ErrorNotice message={error} testId="user-error" /></td></tr>
        : null}
    </>
  )
}
