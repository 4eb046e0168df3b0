import type { SaveState } from '../../sync/DocConnection'
import { liveStrings } from './liveStrings'

/** «Сохранено» only when the server said the last edit is on disk. */
export function SaveIndicator ({ state }: { state: SaveState }) {
  const className = state === 'saved' ? 'is-saved' : state === 'saving' ? 'is-saving' : 'is-offline'
  return (
    <span className={`save-indicator ${className}`} role="status" aria-live="polite" data-testid="save-indicator" data-state={state}>
      {liveStrings.saveState[state]}
    </span>
  )
}
