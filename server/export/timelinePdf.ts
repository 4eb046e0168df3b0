/**
 * The plan's timeline as an A3 landscape PDF, to print and pin on the wall:
 * a table whose header (the months, each as wide as its days) repeats on
 * every page, one lane per section, one row per item with its marks drawn as
 * vectors, the items with nothing to draw under «Без срока» with the timing
 * as written, and a legend. The model and the geometry are the on-screen
 * timeline's own (shared/timeline), so both show the same thing.
 */
import { parseAcademicYear, academicYearLabel } from '../../shared/academicYear'
import type { PlanSnapshot } from '../../shared/plan/planSnapshot'
import { monthNominative } from '../../shared/timing/monthNames'
import { splitYearMonth } from '../../shared/timing/yearMonth'
import { timelineColumns, type TimelineColumn } from '../../shared/timeline/timelineColumns'
import { timelineWindow, type TimelineWindow } from '../../shared/timeline/timelineLayout'
import { buildTimeline, usesLeadingMonth, type TimelineRow } from '../../shared/timeline/timelineModel'
import { exportFileName, stampText, type DocumentStamp } from './documentStamp'
import { exportText } from './exportText'
import { FontFamily } from './fonts'
import { renderPdf, type PdfContent } from './pdfRender'
import { sectionRowText } from './planTableModel'
import { gridShapes, legendShapes, markShapes } from './timelineCanvas'

export interface TimelineExportInput {
  plan: PlanSnapshot
  district: string
  /** "2023-2024". */
  year: string
  stamp: DocumentStamp
}

// A3 landscape in points.
const pageWidth = 1190.55
const margins = { left: 28, top: 28, right: 28, bottom: 40 }
const padding = 3
const labelWidth = 300
const timingWidth = 110
// The chart takes what the two text columns, their padding and the rules leave.
const chartWidth = pageWidth - margins.left - margins.right - labelWidth - timingWidth - 4 * padding - 4 * 0.5
const fontSize = 7.5
/** PT Sans runs under 0.51 em a character in real titles; the margin keeps a label on one line. */
const charWidth = fontSize * 0.56
const depthIndent = 8

function shorten (text: string, room: number): string {
  const line = text.replace(/\s+/g, ' ').trim()
  const max = Math.max(8, Math.floor(room / charWidth))
  return line.length <= max ? line : line.slice(0, max - 1).trimEnd() + '…'
}

function label (row: TimelineRow): PdfContent {
  const indent = depthIndent * Math.max(0, row.item.depth - 1)
  const number = `${row.item.number} `
  return { text: [{ text: number, bold: true }, shorten(row.item.fields.title, labelWidth - indent - number.length * charWidth)], margin: [indent, 0, 0, 0] }
}

function monthHeader (window: TimelineWindow): PdfContent {
  const widths = window.columns.map((column) => (column.width / window.width) * chartWidth)
  const name = (column: TimelineColumn): string => {
    const { year, month } = splitYearMonth(column.month)
    const word = monthNominative[month - 1]
    const text = column.leading ? word.slice(0, 3) + '.' : word[0].toUpperCase() + word.slice(1)
    return `${text}\n${year}`
  }
  return {
    table: { widths, body: [window.columns.map((column) => ({ text: name(column), alignment: 'center' }))] },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 2, paddingBottom: () => 2 },
  }
}

function itemRow (row: TimelineRow, window: TimelineWindow): PdfContent[] {
  const canvas = [...gridShapes(window, chartWidth), ...row.marks.flatMap((mark) => markShapes(mark, window, chartWidth))]
  return [label(row), { text: shorten(row.item.fields.timing, timingWidth), color: '#404040' }, { canvas }]
}

function unscheduledRow (row: TimelineRow): PdfContent[] {
  const raw = row.item.fields.timing.replace(/\s+/g, ' ').trim()
  return [label(row), { text: raw === '' ? exportText.timeline.noTiming : raw, italics: true, colSpan: 2 }, {}]
}

function laneRow (text: string): PdfContent[] {
  return [{ text, bold: true, fontSize: 8.5, colSpan: 3, fillColor: '#E7E6E6' }, {}, {}]
}

function legend (): PdfContent {
  const t = exportText.timeline
  const entries = [
    ['bar', t.legendBar], ['dot', t.legendDot], ['tick', t.legendTick],
    ['band', t.legendBand], ['period', t.legendPeriod], ['clipped', t.legendClipped],
  ] as const
  // A borderless one-row table: its 'auto' columns are measured to their text, unlike nested columns.
  const cells = entries.flatMap(([kind, text]): PdfContent[] => [{ canvas: legendShapes(kind, 24) }, { text, margin: [0, 1.5, 10, 0] }])
  return {
    margin: [0, 0, 0, 8],
    table: { widths: ['auto', ...cells.map(() => 'auto')], body: [[{ text: `${t.legendTitle}:`, bold: true, margin: [0, 1.5, 4, 0] }, ...cells]] },
    layout: 'noBorders',
  }
}

export async function renderTimelinePdf (input: TimelineExportInput): Promise<Buffer> {
  const parsed = parseAcademicYear(input.year)
  if (!parsed.ok) throw new Error(`Invalid academic year: ${input.year}`)
  const year = parsed.year
  const model = buildTimeline(input.plan, year)
  const window = timelineWindow(timelineColumns(year, usesLeadingMonth(model, year)))

  const body: PdfContent[][] = [[
    { text: exportText.timeline.itemColumn, bold: true },
    { text: exportText.columns.timing, bold: true },
    monthHeader(window),
  ]]
  for (const lane of model.lanes) {
    body.push(laneRow(sectionRowText({ number: lane.section.number, title: lane.section.fields.title })))
    for (const row of lane.rows) body.push(itemRow(row, window))
  }
  if (model.unscheduled.length > 0) {
    body.push(laneRow(exportText.timeline.unscheduled))
    for (const row of model.unscheduled) body.push(unscheduledRow(row))
  }
  const chartColumn = 2
  const stamp = stampText(input.stamp)
  const title = [exportText.timelineTitle(academicYearLabel(year)), input.district.trim()].filter((line) => line !== '').join('\n')
  const empty = model.lanes.every((lane) => lane.rows.length === 0) && model.unscheduled.length === 0

  return renderPdf({
    pageSize: 'A3',
    pageOrientation: 'landscape',
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    info: { title: exportFileName('timeline', input.district, input.year, ''), creator: 'Планёрка', producer: 'Планёрка' },
    language: 'ru-RU',
    defaultStyle: { font: FontFamily.sans, fontSize },
    footer: (currentPage: number, pageCount: number): PdfContent => ({
      columns: [{ text: stamp }, { text: exportText.page(currentPage, pageCount), alignment: 'right' }],
      fontSize: 9,
      margin: [margins.left, 14, margins.right, 0],
    }),
    content: [
      { text: title, bold: true, fontSize: 15, alignment: 'center', margin: [0, 0, 0, 8] },
      legend(),
      ...(empty ? [{ text: exportText.timeline.emptyPlan, italics: true, margin: [0, 0, 0, 8] }] : []),
      {
        table: { headerRows: 1, widths: [labelWidth, timingWidth, chartWidth], body },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
          hLineColor: () => '#BFBFBF',
          vLineColor: () => '#BFBFBF',
          paddingLeft: (column: number) => (column === chartColumn ? 0 : padding),
          paddingRight: (column: number) => (column === chartColumn ? 0 : padding),
          paddingTop: () => 1.5,
          paddingBottom: () => 1.5,
        },
      },
    ],
  })
}
