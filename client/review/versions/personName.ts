import type { BoardMember } from '../../../shared/api'
import { reviewStrings } from '../reviewStrings'

/** The server's own login for automatic versions. */
const SYSTEM_LOGIN = 'planerka'

/**
 * A short name for lists («Петрова» for «Петрова Анна»): names are written
 * surname first. People who left the board are shown by login.
 */
export function shortPersonName (login: string, members: readonly BoardMember[]): string {
  if (login === SYSTEM_LOGIN) return reviewStrings.versions.system
  const name = members.find(member => member.login === login)?.name
  return name ? name.split(/\s+/)[0] : login
}
