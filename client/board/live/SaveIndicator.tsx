import type { SaveState } from '../../sync/DocConnection'
import { liveStrings } from './liveStrings'

const classNames: Record<SaveState, string> = { saved: 'is-saved', saving: 'is-saving', offline: 'is-offline', unsaved: 'is-unsaved' }

/** «Сохранено» only when the server said the last edit is on disk; «Не сохранено» when it said it cannot write. */
export function SaveIndicator ({ state }: { state: SaveState }) {
  return (
    <span className={`save-indicator ${classNames[state]}`} role="status" aria-live="polite" data-testid="save-indicator" data-state={state}
      title={state === 'unsaved' ? liveStrings.unsavedHint : undefined}>
      {liveStrings.saveState[state]}
    </span>
  )
}
