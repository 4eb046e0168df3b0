import { planStrings } from './planStrings'
import type { RowPresence } from './rowPresence'

/** Coloured name tags of the colleagues whose cursor is on this row. */
export function RowPresenceMarkers ({ people }: { people: readonly RowPresence[] | undefined }) {
  if (!people || people.length === 0) return null
  return (
    <div className="row-presence-list">
      {people.map(person => (
        <span
          key={person.clientId}
          className="row-presence"
          data-testid="row-presence"
          title={planStrings.row.someoneHere(person.name)}
          style={{ ['--presence-color' as string]: person.color }}
        >
          {person.name}
        </span>
      ))}
    </div>
  )
}
