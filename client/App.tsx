import { useEffect } from 'react'
import type { UserInfo } from '../shared/api'
import { MessagePage } from './components/MessagePage'
import { PageStatus } from './components/PageStatus'
import { TopBar } from './components/TopBar'
import { BoardPage } from './pages/BoardPage'
import { BoardsPage } from './pages/BoardsPage'
import { LoginPage } from './pages/LoginPage'
import { ProfilePage } from './pages/ProfilePage'
import { UsersPage } from './pages/UsersPage'
import { navigate } from './router/navigate'
import type { Route } from './router/route'
import { useHashRoute } from './router/useHashRoute'
import { useSession, type Session } from './session/useSession'
import { strings } from './strings'

interface PageProps {
  route: Route
  user: UserInfo
  session: Session
}

function Page ({ route, user, session }: PageProps) {
  switch (route.name) {
    case 'boards':
    case 'login': // signed in already: the effect in App moves on to the boards
      return <BoardsPage user={user} />
    case 'board':
      return <BoardPage key={route.id} boardId={route.id} tab={route.tab} user={user} />
    case 'users':
      return user.isAdmin
        ? <UsersPage user={user} onUserChanged={session.updateUser} />
        : <MessagePage title={strings.app.forbiddenTitle} text={strings.app.forbiddenText} />
    case 'profile':
      return <ProfilePage user={user} />
    case 'notFound':
      return <MessagePage title={strings.app.notFoundTitle} text={strings.app.notFoundText} />
  }
}

/**
 * The shell: checks the session cookie, shows the login screen until there is
 * a user (on any route, so a shared link opens after signing in), then the
 * top bar and the routed page.
 */
export function App () {
  const session = useSession()
  const route = useHashRoute()
  const { state } = session

  const signedIn = state.status === 'signedIn'
  useEffect(() => {
    if (signedIn && route.name === 'login') navigate({ name: 'boards' }, { replace: true })
  }, [signedIn, route.name])

  switch (state.status) {
    case 'loading':
      return <main className="app-center"><PageStatus /></main>
    case 'error':
      return (
        <main className="app-center">
          <p>{strings.app.sessionError}</p>
          <PageStatus error={state.error.message} onRetry={session.retry} />
        </main>
      )
    case 'signedOut':
      return <LoginPage sessionEnded={state.ended} onSignedIn={session.signedIn} />
    case 'signedIn':
      return (
        <div className="app">
          <TopBar
            user={state.user}
            route={route}
            onSignOut={async () => {
              const error = await session.signOut()
              if (error === null) navigate({ name: 'login' })
              return error
            }}
          />
          <main className="app__main">
            <Page route={route} user={state.user} session={session} />
          </main>
        </div>
      )
  }
}
