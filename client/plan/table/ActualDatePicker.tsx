import type * as Y from 'yjs'
import type { AcademicYear } from '../../../shared/academicYear'
import { readExactDate } from '../../../shared/plan/planSchemas'
import { useYTextValue } from '../../sync/useYTextValue'
import { planStrings } from './planStrings'

export interface ActualDatePickerProps {
  text: Y.Text
  year: AcademicYear
  /** The item's number, for the picker's name. */
  number: string
}

/**
 * A calendar beside «Фактическая дата»: it shows the date the text names (if it
 * names one) and writes a picked day as «15.10.2023». The text field stays the
 * record, so a phrase typed there («в течение года») is kept; clearing the
 * calendar clears nothing.
 */
export function ActualDatePicker ({ text, year, number }: ActualDatePickerProps) {
  const value = useYTextValue(text)
  return (
    <input
      type="date"
      className="plan-outcome__picker"
      aria-label={planStrings.actualDatePicker(number)}
      data-testid="plan-outcome-actualDate-picker"
      value={readExactDate(value, year) ?? ''}
      min={`${year.startYear}-09-01`}
      max={`${year.startYear + 1}-08-31`}
      onChange={event => {
        const picked = /^(\d{4})-(\d{2})-(\d{2})$/.exec(event.target.value)
        if (!picked) return
        const typed = `${picked[3]}.${picked[2]}.${picked[1]}`
        if (typed === text.toString()) return
        text.doc!.transact(() => {
          text.delete(0, text.length)
          text.insert(0, typed)
        })
      }}
    />
  )
}
