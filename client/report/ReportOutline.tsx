import type { Awareness } from 'y-protocols/awareness'
import { OutlineItem } from './OutlineItem'
import type { OutlineEntry } from './reportOutline'
import { reportStrings } from './reportStrings'
import { useSectionPresence } from './useSectionPresence'

export interface ReportOutlineProps {
  entries: OutlineEntry[]
  awareness: Awareness
  /** The section this user is in (focused last). */
  currentId: string | null
  onSelect: (id: string) => void
}

/**
 * The report's table of contents beside the text. It listens to the
 * awareness itself, so people moving between sections re-render only this.
 */
export function ReportOutline ({ entries, awareness, currentId, onSelect }: ReportOutlineProps) {
  const presence = useSectionPresence(awareness)
  return (
    <nav className="report-outline" aria-label={reportStrings.outlineLabel} data-testid="report-outline">
      <ol className="report-outline__list">
        {entries.map(entry => (
          <OutlineItem key={entry.id} entry={entry} users={presence.get(entry.id) ?? []} current={entry.id === currentId} onSelect={onSelect} />
        ))}
      </ol>
    </nav>
  )
}
