import type { ChangeAuthor } from '../../../shared/review/versionModel'
import { formatMoscowDateTime } from '../formatMoscowDateTime'
import { reviewStrings } from '../reviewStrings'

const s = reviewStrings.versions

/** Who made one change of a comparison and when they last did (Moscow time); nothing when nobody is on record for it. */
export function ChangeBy ({ by }: { by?: ChangeAuthor[] }) {
  if (!by || by.length === 0) return null
  return (
    <span className="diff-by" data-testid="diff-by">
      {s.changeBy(by.map(person => s.changeByPerson(person.name, formatMoscowDateTime(person.at))).join('; '))}
    </span>
  )
}
