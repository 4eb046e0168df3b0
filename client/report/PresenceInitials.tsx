import type { PresenceUser } from '../sync/useDocConnection'
import { initialsOf } from './initialsOf'
import { reportStrings } from './reportStrings'

/** Who is working in a section: coloured initials, the full name on hover and for screen readers. */
export function PresenceInitials ({ users }: { users: PresenceUser[] }) {
  if (users.length === 0) return null
  const names = users.map(user => user.name).join(', ')
  return (
    <span className="outline-presence" title={reportStrings.presence(names)} aria-label={reportStrings.presence(names)}>
      {users.map(user => (
        <span
          key={user.login}
          className="outline-presence__chip"
          style={{ backgroundColor: user.color }}
          data-testid="outline-presence"
          data-login={user.login}
          aria-hidden="true"
        >
          {initialsOf(user.name)}
        </span>
      ))}
    </span>
  )
}
