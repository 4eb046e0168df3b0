/**
 * The dynamics of an indicator as a plain SVG line chart for the PDF, drawn
 * as the board's LineChart draws it (a line up from zero or the lowest value,
 * a dot per year), on equal bands so that the years and values can be
 * printed in a row of table cells under each dot.
 *
 * The SVG carries no text on purpose: pdfmake hands an SVG's fonts to PDFKit
 * by file name, and the embedded PT fonts live in pdfmake's in-memory file
 * system, which PDFKit cannot open (text would fall back to whatever font was
 * current, with a warning per label). The labels are pdfmake text instead.
 * The DOCX draws a native Word chart (reportDocx.ts), so no rasteriser is
 * needed on the server.
 */
import type { ChartData } from './reportModel'

export interface ChartSize {
  width: number
  height: number
}

const pad = { top: 10, bottom: 8 }
const lineColor = '#1F4E79'
const axisColor = '#7F7F7F'

/** «20,8»: the Russian decimal comma, one decimal at most, as the board shows it. */
export function chartValueText (value: number): string {
  return value.toLocaleString('ru-RU', { maximumFractionDigits: 1 })
}

/** The centre of each point's band: point i sits over the i-th of `count` equal cells. */
function bandCentre (index: number, count: number, width: number): number {
  return ((index + 0.5) * width) / Math.max(1, count)
}

export function chartSvg (chart: ChartData, size: ChartSize): string {
  const { width, height } = size
  const points = chart.points
  const values = points.map((point) => point.value)
  const min = Math.min(0, ...values)
  const max = Math.max(...values)
  const range = max - min || 1
  const plotHeight = height - pad.top - pad.bottom
  const x = (index: number): string => bandCentre(index, points.length, width).toFixed(1)
  const y = (value: number): string => (pad.top + (1 - (value - min) / range) * plotHeight).toFixed(1)
  const baseline = y(Math.max(min, 0))
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<line x1="0" y1="${baseline}" x2="${width}" y2="${baseline}" stroke="${axisColor}" stroke-width="0.75"/>`,
  ]
  points.forEach((_, index) => {
    parts.push(`<line x1="${x(index)}" y1="${baseline}" x2="${x(index)}" y2="${(Number(baseline) + 4).toFixed(1)}" stroke="${axisColor}" stroke-width="0.75"/>`)
  })
  const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index)},${y(point.value)}`).join(' ')
  parts.push(`<path d="${path}" fill="none" stroke="${lineColor}" stroke-width="2" stroke-linejoin="round"/>`)
  points.forEach((point, index) => parts.push(`<circle cx="${x(index)}" cy="${y(point.value)}" r="3.2" fill="${lineColor}"/>`))
  parts.push('</svg>')
  return parts.join('')
}
