import { strings } from '../strings'

/** Stands in for a section that is not built yet. */
export function TabPlaceholder () {
  return <p className="empty-state">{strings.board.placeholder}</p>
}
