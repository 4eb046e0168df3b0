import { useState } from 'react'
import type { UserInfo } from '../../shared/api'
import type { ApiError } from '../api/apiClient'
import { Link } from '../router/Link'
import type { Route } from '../router/route'
import { strings } from '../strings'
import { BusyButton } from './BusyButton'
import { ErrorNotice } from './ErrorNotice'

export interface TopBarProps {
  user: UserInfo
  route: Route
  onSignOut: () => Promise<ApiError | null>
}

function current (active: boolean): 'page' | undefined {
  return active ? 'page' : undefined
}

/** Product name, main navigation, the signed-in user and «Выйти». */
export function TopBar ({ user, route, onSignOut }: TopBarProps) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const s = strings.app

  async function signOut () {
    setBusy(true)
    setError(null)
    const failure = await onSignOut()
    // On success this component unmounts: only touch state on failure.
    if (failure !== null) {
      setBusy(false)
      setError(failure.message)
    }
  }

  return (
    <header className="top-bar">
      <div className="top-bar__inner">
        <Link to={{ name: 'boards' }} className="top-bar__brand">{strings.common.productName}</Link>
        <nav className="top-bar__nav" aria-label={s.navLabel}>
          <Link
            to={{ name: 'boards' }}
            className="top-bar__link"
            aria-current={current(route.name === 'boards' || route.name === 'board')}
            data-testid="nav-boards"
          >{s.boards}</Link>
          {user.isAdmin
            ? (
              <Link
                to={{ name: 'users' }}
                className="top-bar__link"
                aria-current={current(route.name === 'users')}
                data-testid="nav-users"
              >{s.users}</Link>
              )
            : null}
        </nav>
        <div className="top-bar__user">
          <Link
            to={{ name: 'profile' }}
            className="top-bar__link top-bar__name"
            title={s.profileHint}
            aria-current={current(route.name === 'profile')}
            data-testid="nav-profile"
          >{user.name}</Link>
          <BusyButton variant="secondary" busy={busy} onClick={() => { void signOut() }} data-testid="logout">
            {s.logout}
          </BusyButton>
        </div>
      </div>
      {error !== null ? <div className="top-bar__error"><ErrorNotice message={error} /></div> : null}
    </header>
  )
}
