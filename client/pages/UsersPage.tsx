import { useState } from 'react'
import type { UserInfo } from '../../shared/api'
import { listUsers } from '../api/endpoints'
import { useApiQuery } from '../api/useApiQuery'
import { PageStatus } from '../components/PageStatus'
import { SuccessNotice } from '../components/SuccessNotice'
import { useDocumentTitle } from '../hooks/useDocumentTitle'
import { strings } from '../strings'
import { AuditLogSection } from '../users/AuditLogSection'
import { CreateUserForm } from '../users/CreateUserForm'
import { UserRow } from '../users/UserRow'

export interface UsersPageProps {
  /** The signed-in administrator. */
  user: UserInfo
  /** A user record changed; the shell refreshes its own copy when it is the signed-in user. */
  onUserChanged: (user: UserInfo) => void
}

const columns = 5

function byLogin (a: UserInfo, b: UserInfo): number {
  return a.login.localeCompare(b.login)
}

/** Administrators' list of accounts: create, deactivate, rename, grant admin, reset password. */
export function UsersPage ({ user: me, onUserChanged }: UsersPageProps) {
  const s = strings.users
  useDocumentTitle(s.title)
  const query = useApiQuery('users', listUsers)
  const [notice, setNotice] = useState<string | null>(null)
  const { state } = query

  function replace (changed: UserInfo, message: string) {
    query.updateData(data => ({ users: [...data.users.filter(u => u.login !== changed.login), changed] }))
    setNotice(message)
    onUserChanged(changed)
  }

  return (
    <section className="page page--wide">
      <h1 className="page__title">{s.title}</h1>
      <SuccessNotice message={notice} testId="users-notice" />
      {state.status === 'loading' ? <PageStatus /> : null}
      {state.status === 'error' ? <PageStatus error={state.error.message} onRetry={query.reload} /> : null}
      {state.status === 'ok' && state.data.users.length === 0 ? <p className="empty-state">{s.empty}</p> : null}
      {state.status === 'ok' && state.data.users.length > 0
        ? (
          <div className="card table-wrap">
            <table className="table" aria-label={s.listLabel}>
              <thead>
                <tr>
                  <th scope="col">{s.login}</th>
                  <th scope="col">{s.name}</th>
                  <th scope="col">{s.admin}</th>
                  <th scope="col">{s.status}</th>
                  <th scope="col"><span className="visually-hidden">{s.actions}</span></th>
                </tr>
              </thead>
              <tbody>
                {[...state.data.users].sort(byLogin).map(u => (
                  <UserRow key={u.login} user={u} isSelf={u.login === me.login} columns={columns} onChanged={replace} />
                ))}
              </tbody>
            </table>
          </div>
          )
        : null}
      <CreateUserForm onCreated={created => replace(created, s.created(created.login))} />
      <AuditLogSection />
    </section>
  )
}
