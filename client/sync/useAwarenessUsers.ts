import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { PresenceUser } from './useDocConnection'

export interface PresentUser extends PresenceUser {
  clientId: number
  self: boolean
}

/** Everyone connected to the document (one entry per login, self first). */
export function useAwarenessUsers (awareness: Awareness | null): PresentUser[] {
  const [users, setUsers] = useState<PresentUser[]>([])
  useEffect(() => {
    if (!awareness) return
    const update = () => {
      const byLogin = new Map<string, PresentUser>()
      for (const [clientId, state] of awareness.getStates()) {
        const user = (state as { user?: PresenceUser }).user
        if (!user?.login) continue
        const self = clientId === awareness.clientID
        if (!byLogin.has(user.login) || self) byLogin.set(user.login, { ...user, clientId, self })
      }
      setUsers([...byLogin.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name, 'ru')))
    }
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [awareness])
  return users
}
