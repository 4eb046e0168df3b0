import { parseTypedNumber } from '../../shared/report/percent'
import { formatDecimal, niceScale, ticks } from './chartScale'
import { registryStrings } from './registryStrings'

export interface IndicatorChartProps {
  name: string
  points: ReadonlyArray<{ year: string; value: string }>
}

const WIDTH = 460
const HEIGHT = 210
const LEFT = 46
const RIGHT = 24
const TOP = 26
const BOTTOM = 44

/**
 * The indicator's dynamics over years as a line: years evenly spaced along
 * the bottom (in the order the team entered them), percentages up the side
 * from 0, each point labelled with its value. Points whose value is not a
 * number are left out; they are flagged in the list beside the chart.
 */
export function IndicatorChart ({ name, points }: IndicatorChartProps) {
  const s = registryStrings.indicators
  const values = points.flatMap(point => {
    const value = parseTypedNumber(point.value)
    return value === null ? [] : [{ year: point.year.trim() || '—', value }]
  })
  if (values.length < 2) return <p className="muted registry-chart__hint">{s.chartHint}</p>

  const scale = niceScale(Math.max(...values.map(point => point.value)))
  const plotWidth = WIDTH - LEFT - RIGHT
  const plotHeight = HEIGHT - TOP - BOTTOM
  const x = (index: number) => LEFT + (plotWidth * index) / (values.length - 1)
  const y = (value: number) => TOP + plotHeight * (1 - value / scale.top)
  const crowded = values.length > 6
  const description = values.map(point => `${point.year} — ${formatDecimal(point.value)} %`).join('; ')

  return (
    <svg className="registry-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={s.chartLabel(name, description)} data-testid="indicator-chart">
      <g className="registry-chart__grid">
        {ticks(scale).map(tick => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle">{`${formatDecimal(tick)} %`}</text>
          </g>
        ))}
      </g>
      <g className="registry-chart__years">
        {values.map((point, index) => (
          <text key={index} x={x(index)} y={HEIGHT - BOTTOM + 18} textAnchor={crowded ? 'end' : 'middle'}
            transform={crowded ? `rotate(-30 ${x(index)} ${HEIGHT - BOTTOM + 18})` : undefined}>
            {point.year}
          </text>
        ))}
      </g>
      <polyline className="registry-chart__line" points={values.map((point, index) => `${x(index)},${y(point.value)}`).join(' ')} />
      {values.map((point, index) => (
        <g key={index} className="registry-chart__point" data-testid="indicator-chart-point">
          <circle cx={x(index)} cy={y(point.value)} r={4} />
          <text x={x(index)} y={y(point.value) - 10} textAnchor="middle">{formatDecimal(point.value)}</text>
        </g>
      ))}
    </svg>
  )
}
