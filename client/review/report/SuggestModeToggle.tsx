import { reviewStrings } from '../reviewStrings'

/** An editor's switch between writing the report and proposing changes to it (as the Council does). */
export function SuggestModeToggle ({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="suggest-mode-toggle" title={reviewStrings.suggestion.modeHint}>
      <input type="checkbox" checked={on} data-testid="suggest-mode-toggle" onChange={event => onChange(event.target.checked)} />
      {' '}{reviewStrings.suggestion.modeToggle}
      {on && <span className="muted"> — {reviewStrings.suggestion.modeOn}</span>}
    </label>
  )
}
