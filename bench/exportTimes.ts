/**
 * How long the exports take: the sample plan (31 items) and a 300-item plan,
 * DOCX, plan PDF and timeline PDF. Run with
 *   node --import tsx bench/exportTimes.ts
 * The first render of each kind pays for loading fonts and modules, so it is
 * reported apart from the median of the warm runs.
 */
import type { PlanSnapshot } from '../shared/plan/planSnapshot'
import { planTableRows } from '../server/export/planTableModel'
import { renderPlanDocx } from '../server/export/planDocx'
import { renderPlanPdf } from '../server/export/planPdf'
import { renderTimelinePdf } from '../server/export/timelinePdf'
import { generatedPlan, samplePlan } from '../server/export/testing/samplePlan'

const runs = 5
const stamp = { kind: 'draft' as const }

async function measure (render: () => Promise<Buffer>): Promise<{ first: number; median: number; bytes: number }> {
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    bytes = (await render()).length
    times.push(performance.now() - start)
  }
  const warm = times.slice(1).sort((a, b) => a - b)
  return { first: times[0], median: warm[Math.floor(warm.length / 2)], bytes }
}

const plans: Array<[string, PlanSnapshot]> = [['sample', samplePlan()], ['300 items', generatedPlan(300)]]
for (const [name, plan] of plans) {
  const input = { plan, district: 'Демо-район', year: '2023-2024', stamp }
  const rows = planTableRows(plan).length
  for (const [kind, render] of [
    ['DOCX', () => renderPlanDocx(input)],
    ['plan PDF', () => renderPlanPdf(input)],
    ['timeline PDF', () => renderTimelinePdf(input)],
  ] as const) {
    const { first, median, bytes } = await measure(render)
    console.log(`${name} (${rows} rows) ${kind}: first ${first.toFixed(0)} ms, warm median ${median.toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KB`)
  }
}
