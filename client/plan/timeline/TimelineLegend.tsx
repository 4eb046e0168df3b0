import { itemStatuses, statusLabels } from '../../../shared/plan/planFields'
import { timelineStrings } from './timelineStrings'

const strings = timelineStrings.legend

/** What the colours and shapes mean; the swatches use the chart's own classes. */
export function TimelineLegend ({ canWrite }: { canWrite: boolean }) {
  return (
    <details className="timeline-legend" data-testid="timeline-legend" open>
      <summary className="timeline-legend__summary">{strings.title}</summary>
      <div className="timeline-legend__body">
        <ul className="timeline-legend__group" aria-label={strings.statuses}>
          {itemStatuses.map(status => (
            <li key={status} className={`timeline-legend__entry timeline-item is-${status}`}>
              <span className="timeline-legend__swatch"><span className="timeline-bar" /></span>
              {statusLabels[status]}
            </li>
          ))}
        </ul>
        <ul className="timeline-legend__group" aria-label={strings.marks}>
          <li className="timeline-legend__entry timeline-item is-planned">
            <span className="timeline-legend__swatch"><span className="timeline-bar" /></span>{strings.bar}
          </li>
          <li className="timeline-legend__entry timeline-item is-planned">
            <span className="timeline-legend__swatch"><span className="timeline-dot"><span className="timeline-dot__mark" /></span></span>{strings.dot}
          </li>
          <li className="timeline-legend__entry timeline-item is-planned">
            <span className="timeline-legend__swatch">
              <span className="timeline-tick" style={{ left: '25%' }} /><span className="timeline-tick" style={{ left: '75%' }} />
            </span>
            {strings.tick}
          </li>
          <li className="timeline-legend__entry timeline-item is-planned">
            <span className="timeline-legend__swatch"><span className="timeline-band" /></span>{strings.band}
          </li>
          <li className="timeline-legend__entry timeline-item is-planned">
            <span className="timeline-legend__swatch"><span className="timeline-band is-period" /></span>{strings.period}
          </li>
          <li className="timeline-legend__entry">
            <span className="timeline-legend__swatch"><span className="timeline-today" /></span>{strings.today}
          </li>
          <li className="timeline-legend__entry">
            <span className="timeline-warning">⚠</span>{strings.outOfYear}
          </li>
        </ul>
        <p className="timeline-legend__keys">
          {strings.keys}{canWrite && <>; {strings.keysWriter}</>}
        </p>
      </div>
    </details>
  )
}
