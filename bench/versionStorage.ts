/**
 * Storage cost of versions over a year of editing. A board with a 300-item
 * plan and a ~60-page report is edited for `hours` working hours (the team
 * types in `keystrokes` places per hour, and marks events done); every hour
 * leaves one automatic version, stored as the server stores it (full states,
 * gzip) through FileVersionStore. Prints the folder size.
 *
 *   node --import tsx bench/versionStorage.ts --hours 400
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import * as Y from 'yjs'
import { createNode, nodeText, planNodes, setStatus } from '../shared/plan/planDoc'
import { ItemStatus, NodeKind } from '../shared/plan/planFields'
import { reportSections, sectionBody } from '../shared/report/reportDoc'
import { seedReportTemplate } from '../shared/report/reportTemplate'
import { FileVersionStore } from '../server/storage/FileVersionStore'

const { values } = parseArgs({ options: { hours: { type: 'string', default: '400' }, keystrokes: { type: 'string', default: '300' } } })
const hours = Number(values.hours)
const keystrokes = Number(values.keystrokes)

let seed = 7
const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff }
const words = 'семинар методист педагог программа результат мероприятие образовательной организации района инновационной деятельности конференция'.split(' ')
const phrase = (n: number) => Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]).join(' ')

const plan = new Y.Doc()
const ids: string[] = []
for (let s = 0; s < 15; s++) {
  const section = createNode(plan, { kind: NodeKind.section, parentId: null, fields: { title: `Раздел ${s + 1}` } })
  for (let i = 0; i < 20; i++) ids.push(createNode(plan, { kind: NodeKind.item, parentId: section, fields: { title: phrase(12), timing: 'октябрь - май', audience: phrase(4), expectedResult: phrase(30) } }))
}
const report = new Y.Doc()
seedReportTemplate(report)
const bodies = [...reportSections(report).values()].map(section => sectionBody(section)!)
for (const body of bodies) {
  for (let p = 0; p < 25; p++) {
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText(phrase(80))])
    body.insert(body.length, [paragraph])
  }
}

const dir = await mkdtemp(join(tmpdir(), 'planerka-versions-bench-'))
const store = new FileVersionStore(dir)
const started = performance.now()
for (let hour = 0; hour < hours; hour++) {
  for (let k = 0; k < keystrokes; k++) {
    if (rand() < 0.5) {
      const text = nodeText(planNodes(plan).get(ids[Math.floor(rand() * ids.length)])!, rand() < 0.5 ? 'actualContent' : 'expectedResult')!
      if (rand() < 0.2 && text.length > 5) text.delete(Math.floor(rand() * (text.length - 5)), 3)
      else text.insert(Math.floor(rand() * (text.length + 1)), 'а')
    } else {
      const body = bodies[Math.floor(rand() * bodies.length)]
      const paragraph = body.get(Math.floor(rand() * body.length))
      const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null
      if (text instanceof Y.XmlText) text.insert(Math.floor(rand() * (text.length + 1)), 'о')
    }
  }
  if (hour % 10 === 0) setStatus(plan, ids[Math.floor(rand() * ids.length)], ItemStatus.done)
  await store.save('board', { id: `v${hour}`, kind: 'auto', name: `h${hour}`, createdAt: new Date().toISOString(), createdBy: 'planerka', authors: [], size: 0 }, {
    plan: Y.encodeStateAsUpdate(plan),
    report: Y.encodeStateAsUpdate(report),
  })
}
const files = await readdir(join(dir, 'board'))
let total = 0
for (const file of files) total += (await stat(join(dir, 'board', file))).size
const planBytes = Y.encodeStateAsUpdate(plan).length
const reportBytes = Y.encodeStateAsUpdate(report).length
console.log(`${hours} hourly versions of a 300-item plan (${(planBytes / 1024).toFixed(0)} KiB state) and a ~60-page report (${(reportBytes / 1024).toFixed(0)} KiB state)`)
console.log(`stored: ${(total / 1024 / 1024).toFixed(1)} MiB in ${files.length} files, ${(total / hours / 1024).toFixed(0)} KiB per version (gzip), written in ${((performance.now() - started) / 1000).toFixed(1)} s`)
await rm(dir, { recursive: true, force: true })
