/**
 * Who else is on which row: read from awareness states, where each client
 * writes `planCursor: { nodeId, field }` beside its `user`.
 */
export interface RowPresence {
  clientId: number
  name: string
  color: string
  field: string | null
}

export interface PlanCursor {
  nodeId: string
  field: string | null
}

interface AwarenessState {
  user?: { login?: string; name?: string; color?: string }
  planCursor?: PlanCursor | null
}

/** Everyone but `selfId`, grouped by the row their cursor is on, in client order. */
export function presenceByRow (states: ReadonlyMap<number, unknown>, selfId: number): Map<string, RowPresence[]> {
  const rows = new Map<string, RowPresence[]>()
  const ids = [...states.keys()].sort((a, b) => a - b)
  for (const clientId of ids) {
    if (clientId === selfId) continue
    const state = states.get(clientId) as AwarenessState | null
    const cursor = state?.planCursor
    if (!cursor || typeof cursor.nodeId !== 'string' || !state?.user?.name) continue
    const entry: RowPresence = { clientId, name: state.user.name, color: state.user.color ?? '#5b6776', field: typeof cursor.field === 'string' ? cursor.field : null }
    const list = rows.get(cursor.nodeId)
    if (list) list.push(entry)
    else rows.set(cursor.nodeId, [entry])
  }
  return rows
}

/** A string that changes exactly when what the table shows of presence changes. */
export function presenceKey (rows: ReadonlyMap<string, readonly RowPresence[]>): string {
  return [...rows].map(([id, list]) => id + ':' + list.map(p => `${p.clientId}/${p.field}/${p.name}/${p.color}`).join(',')).join(';')
}
