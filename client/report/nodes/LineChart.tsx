import { useId } from 'react'

export interface LineChartProps {
  title: string
  points: Array<{ label: string; value: number }>
}

const WIDTH = 420
const HEIGHT = 160
const PAD = { top: 18, right: 30, bottom: 26, left: 30 }

/** Dynamics of one indicator over the years: a plain SVG line with its values, no chart library. */
export function LineChart ({ title, points }: LineChartProps) {
  const titleId = useId()
  if (points.length < 2) return null
  const values = points.map(point => point.value)
  const min = Math.min(0, ...values)
  const max = Math.max(...values)
  const range = max - min || 1
  const x = (index: number) => PAD.left + (index * (WIDTH - PAD.left - PAD.right)) / (points.length - 1)
  const y = (value: number) => PAD.top + (1 - (value - min) / range) * (HEIGHT - PAD.top - PAD.bottom)
  const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ')
  const format = (value: number) => value.toLocaleString('ru-RU', { maximumFractionDigits: 1 })
  return (
    <figure className="line-chart">
      <figcaption id={titleId}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} preserveAspectRatio="xMinYMin meet">
        <line className="line-chart__axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} />
        <path className="line-chart__line" d={path} />
        {points.map((point, index) => (
          <g key={index}>
            <circle className="line-chart__dot" cx={x(index)} cy={y(point.value)} r={3} />
            <text className="line-chart__value" x={x(index)} y={y(point.value) - 6} textAnchor="middle">{format(point.value)}</text>
            <text className="line-chart__label" x={x(index)} y={HEIGHT - 8} textAnchor="middle">{point.label}</text>
          </g>
        ))}
      </svg>
    </figure>
  )
}
