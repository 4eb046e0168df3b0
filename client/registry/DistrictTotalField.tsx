import type * as Y from 'yjs'
import type { DistrictTotal } from '../../shared/registry/registryCounts'
import { YTextField } from '../sync/YTextField'
import { registryStrings } from './registryStrings'

export interface DistrictTotalFieldProps {
  text: Y.Text
  total: DistrictTotal
  registryCount: number
  canWrite: boolean
}

/** «Всего ОУ в районе»: typed by the team (kept as typed), else the registry's count stands in. */
export function DistrictTotalField ({ text, total, registryCount, canWrite }: DistrictTotalFieldProps) {
  const s = registryStrings.districtTotal
  return (
    <div className="field registry-total">
      <label className="field__label" htmlFor="registry-district-total">{s.label}</label>
      <YTextField
        id="registry-district-total"
        text={text}
        readOnly={!canWrite}
        className="field__input registry-total__input"
        inputMode="numeric"
        placeholder={String(registryCount)}
        aria-invalid={!total.valid || undefined}
        aria-describedby="registry-district-total-note"
        data-testid="district-total"
      />
      {total.valid
        ? <span id="registry-district-total-note" className="field__hint">{s.hint(registryCount)}</span>
        : <span id="registry-district-total-note" className="registry-field-error" role="alert" data-testid="district-total-error">{s.invalid}</span>}
    </div>
  )
}
