import type { PresentUser } from '../../sync/useAwarenessUsers'
import { liveStrings } from './liveStrings'

export function PresenceList ({ users }: { users: PresentUser[] }) {
  return (
    <ul className="presence-list" aria-label={liveStrings.presenceLabel} data-testid="presence-list">
      {users.map(user => (
        <li key={user.login} className="presence-chip" data-testid="presence-chip" data-login={user.login} style={{ ['--presence-color' as string]: user.color }}>
          <span className="presence-chip__dot" style={{ background: user.color }} aria-hidden="true" />
          {user.name}{user.self ? ` ${liveStrings.you}` : ''}
        </li>
      ))}
    </ul>
  )
}
