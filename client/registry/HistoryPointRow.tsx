import { parseTypedNumber } from '../../shared/report/percent'
import type { RecordMap } from '../../shared/registry/registryDoc'
import { YTextField } from '../sync/YTextField'
import { registryStrings } from './registryStrings'
import { useYTextValue } from '../sync/useYTextValue'
import { recordText } from './yRecord'

export interface HistoryPointRowProps {
  entry: RecordMap
  canWrite: boolean
  autoFocus: boolean
  onRemove: () => void
}

/** One year of an indicator's dynamics: «2019-2020» — «20,8». */
export function HistoryPointRow ({ entry, canWrite, autoFocus, onRemove }: HistoryPointRowProps) {
  const s = registryStrings.indicators
  const year = recordText(entry, 'year')
  const valueText = recordText(entry, 'value')
  const value = useYTextValue(valueText)
  const yearValue = useYTextValue(year)
  const invalid = value.trim() !== '' && parseTypedNumber(value) === null
  return (
    <li className="registry-point" data-testid="history-point">
      {year && (
        <YTextField text={year} readOnly={!canWrite} className="field__input registry-point__year" aria-label={s.year}
          placeholder={canWrite ? s.yearPlaceholder : undefined} autoFocus={autoFocus} data-testid="history-year" />
      )}
      {valueText && (
        <YTextField text={valueText} readOnly={!canWrite} className="field__input registry-point__value" aria-label={s.value}
          inputMode="decimal" placeholder={canWrite ? s.valuePlaceholder : undefined} aria-invalid={invalid || undefined}
          title={invalid ? s.valueInvalid : undefined} data-testid="history-value" />
      )}
      {canWrite
        ? (
          <button type="button" className="button button--link registry-point__remove" onClick={onRemove}
            aria-label={s.removePointOf(yearValue)} data-testid="history-remove">
            ×
          </button>
          )
        : null}
      {invalid ? <span className="registry-field-error registry-point__error" role="alert">{s.valueInvalid}</span> : null}
    </li>
  )
}
