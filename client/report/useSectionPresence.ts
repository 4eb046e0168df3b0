import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { PresenceUser } from '../sync/useDocConnection'

/** The report awareness field naming the section a person is working in. */
export const REPORT_SECTION_FIELD = 'reportSection'

/**
 * Who else is working in which section (one entry per login and section),
 * from the report awareness: each client publishes `reportSection` beside the
 * `user` the caret extension keeps there.
 */
export function useSectionPresence (awareness: Awareness): Map<string, PresenceUser[]> {
  const [bySection, setBySection] = useState<Map<string, PresenceUser[]>>(() => new Map())
  useEffect(() => {
    let last = ''
    const update = () => {
      const next = new Map<string, PresenceUser[]>()
      for (const [clientId, state] of awareness.getStates()) {
        if (clientId === awareness.clientID) continue
        const section = (state as Record<string, unknown>)[REPORT_SECTION_FIELD]
        const user = (state as { user?: PresenceUser }).user
        if (typeof section !== 'string' || !user?.login) continue
        const list = next.get(section) ?? []
        if (!list.some(other => other.login === user.login)) list.push({ login: user.login, name: user.name, color: user.color })
        next.set(section, list)
      }
      // Awareness changes with every caret move of every person: re-render
      // only when who-is-where actually changed.
      const key = JSON.stringify([...next].sort(([a], [b]) => a < b ? -1 : 1))
      if (key === last) return
      last = key
      setBySection(next)
    }
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [awareness])
  return bySection
}
