import { readFileSync } from 'node:fs'
import * as Y from 'yjs'
import { importPlanText } from '../../../shared/plan/importPlanText'
import { applyImportedPlan } from '../../../shared/plan/applyImportedPlan'
import { readPlan, flattenItems } from '../../../shared/plan/planSnapshot'
import { parseTiming } from '../../../shared/timing/parseTiming'
const doc = new Y.Doc()
applyImportedPlan(doc, importPlanText(readFileSync('test/fixtures/plan-2021-2022-petrogradsky.txt','utf8')))
const plan = readPlan(doc)
for (const s of plan.sections) console.log(s.number, JSON.stringify(s.fields.title))
for (const i of flattenItems(plan)) { const t = parseTiming(i.fields.timing, {startYear:2021}); console.log(i.number, JSON.stringify(i.fields.timing), t.kind, JSON.stringify(t.ranges), JSON.stringify(t.dayRanges), t.recurrence?.text ?? '', JSON.stringify(i.fields.expectedResult.split('\n').map(l=>l.slice(0,30)))) }
