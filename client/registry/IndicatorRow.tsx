import { memo, useId } from 'react'
import type * as Y from 'yjs'
import { formatShare, NO_SHARE, parseWholeCount } from '../../shared/report/percent'
import { indicatorsMap } from '../../shared/registry/registryDoc'
import type { IndicatorData } from '../../shared/registry/registrySnapshot'
import { YTextField } from '../sync/YTextField'
import { IndicatorChart } from './IndicatorChart'
import { IndicatorHistory } from './IndicatorHistory'
import { registryStrings } from './registryStrings'
import { RemoveWithConfirm } from './RemoveWithConfirm'
import { recordText } from './yRecord'

export interface IndicatorRowProps {
  doc: Y.Doc
  indicator: IndicatorData
  /** The district's total the share is taken of; null when there is none. */
  total: number | null
  canWrite: boolean
  autoFocus: boolean
}

function IndicatorRowContent ({ doc, indicator, total, canWrite, autoFocus }: IndicatorRowProps) {
  const s = registryStrings.indicators
  const id = useId()
  const record = indicatorsMap(doc).get(indicator.id)
  const name = recordText(record, 'name')
  const countText = recordText(record, 'count')
  if (!record) return null
  const count = parseWholeCount(indicator.count)
  const countInvalid = indicator.count.trim() !== '' && count === null
  const share = count === null || total === null ? NO_SHARE : formatShare(count, total)
  const title = indicator.name.trim() || s.untitled
  return (
    <section className="registry-indicator" aria-label={title} data-testid="indicator-row" data-indicator-id={indicator.id}>
      <div className="registry-indicator__main">
        <div className="field registry-indicator__name">
          <label className="field__label" htmlFor={`${id}-name`}>{s.name}</label>
          {name && (
            <YTextField id={`${id}-name`} text={name} readOnly={!canWrite} multiline className="field__input"
              placeholder={canWrite ? s.namePlaceholder : undefined} autoFocus={autoFocus} data-testid="indicator-name" />
          )}
        </div>
        <div className="field registry-indicator__count">
          <label className="field__label" htmlFor={`${id}-count`}>{s.count}</label>
          {countText && (
            <YTextField id={`${id}-count`} text={countText} readOnly={!canWrite} className="field__input" inputMode="numeric"
              aria-invalid={countInvalid || undefined} aria-describedby={countInvalid ? `${id}-count-error` : undefined}
              data-testid="indicator-count" />
          )}
          {countInvalid ? <span id={`${id}-count-error`} className="registry-field-error" role="alert">{s.countInvalid}</span> : null}
        </div>
        <div className="field registry-indicator__share">
          <span className="field__label">{s.share}</span>
          <output className="registry-indicator__share-value" data-testid="indicator-share">{share}</output>
          <span className="field__hint">{total === null ? s.noTotal : s.shareOf(total)}</span>
        </div>
        {canWrite
          ? (
            <div className="registry-indicator__remove">
              <RemoveWithConfirm label={s.remove} question={s.confirmRemove(title)} confirmLabel={s.confirmRemoveYes}
                onConfirm={() => indicatorsMap(doc).delete(indicator.id)} testId="indicator-remove" />
            </div>
            )
          : null}
      </div>
      <div className="registry-indicator__dynamics">
        <IndicatorHistory doc={doc} indicatorId={indicator.id} record={record} canWrite={canWrite} />
        <IndicatorChart name={title} points={indicator.history} />
      </div>
    </section>
  )
}

function sameIndicator (a: IndicatorRowProps, b: IndicatorRowProps): boolean {
  return a.doc === b.doc && a.total === b.total && a.canWrite === b.canWrite && a.autoFocus === b.autoFocus &&
    JSON.stringify(a.indicator) === JSON.stringify(b.indicator)
}

/** One effectiveness indicator: its count and share of the district, and its dynamics over years. */
export const IndicatorRow = memo(IndicatorRowContent, sameIndicator)
