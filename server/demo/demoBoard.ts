/**
 * The demo board «Демо-район, 2023–2024» made on the very first start, so a
 * newcomer sees every feature working in the first minute: a plan of 31 items
 * in the four sections of the official form (the Petrograd district's real
 * plan, test/fixtures/plan-2021-2022-petrogradsky.txt, moved to a made-up
 * district and year), outcomes recorded for the autumn, a registry, and the
 * report template partly written. The board is marked as a demo; an
 * administrator deletes it when the real work starts.
 */
import { readFile } from 'node:fs/promises'
import * as Y from 'yjs'
import { applyImportedPlan } from '../../shared/plan/applyImportedPlan'
import { importPlanText } from '../../shared/plan/importPlanText'
import { ItemStatus, type OutcomeField } from '../../shared/plan/planFields'
import { replaceText, setStatus } from '../../shared/plan/planDoc'
import { flattenItems, readPlan } from '../../shared/plan/planSnapshot'
import { reportChildren, reportTables, sectionBody, addTypedRow } from '../../shared/report/reportDoc'
import { ReportNode } from '../../shared/report/reportDoc'
import { TypedTableKind } from '../../shared/report/typedTableKinds'
import { seedDemoRegistry } from './demoRegistry'

export const DEMO_DISTRICT = 'Демо-район'
export const DEMO_YEAR = '2023-2024'

interface Outcome {
  /** The item's derived number, e.g. «1.1». */
  number: string
  status: ItemStatus
  fields: Partial<Record<OutcomeField, string>>
}

/** The autumn as it went: most held, one moved with its reason and what was done about it. */
const outcomes: Outcome[] = [
  { number: '1.1', status: ItemStatus.done, fields: { actualDate: 'октябрь – декабрь 2023', participants: '64', actualContent: 'Проведены два модуля курсов: «Портфель компетенций педагога-инноватора» и «Психолого-педагогическая компетентность лидера инновационной команды».' } },
  { number: '1.2', status: ItemStatus.done, fields: { actualDate: '19.10.2023', participants: '38', actualContent: 'Семинар «Организация инновационной деятельности в ОУ».' } },
  { number: '1.7', status: ItemStatus.moved, fields: { deviationReason: 'Площадка форума на ремонте до марта.', managementAction: 'Форум перенесён на 14.03.2024, площадка — ГБОУ лицей № 82.' } },
  { number: '2.2', status: ItemStatus.done, fields: { actualDate: '29.08.2023', participants: '212', actualContent: 'Августовский педагогический совет «Новые ФОП: от документа к практике».' } },
  { number: '2.11', status: ItemStatus.done, fields: { actualDate: '11.10.2023', participants: '9', actualContent: 'Совещание экспертов: план экспертизы ИД на год.' } },
  { number: '4.1', status: ItemStatus.done, fields: { actualDate: 'сентябрь – декабрь 2023', actualContent: 'Обновлены страницы инновационных площадок на сайте ИМЦ.' } },
]

const reportIntro = [
  'Работа ИМЦ в 2023–2024 учебном году была направлена на развитие инновационной инфраструктуры Демо-района: ' +
    'педагогические технологии, профессионально-личностное развитие педагога, содержание образования и управление ' +
    'образовательной системой на уровне района и образовательных учреждений.',
  'Основные формы работы: курсы повышения квалификации, постоянно действующие семинары, индивидуальные консультации, ' +
    'экспертиза инновационной деятельности ОУ и информационная поддержка на сайтах ИМЦ и инновационных площадок.',
]

const firstTask = {
  task: 'Развитие кадрового потенциала инновационной деятельности ОУ района',
  results: 'Курсы повышения квалификации прошли 64 педагога; проведены 3 тематических семинара для ответственных за ИД.',
  problems: 'Низкая активность дошкольных учреждений; в следующем году — выездные семинары на базе ГБДОУ.',
}

/** The plan document's state after the demo content; `base` is the new board's initial state. */
export async function demoPlanState (base: Uint8Array): Promise<Uint8Array> {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, base)
  const text = await readFile(new URL('./demoPlan.txt', import.meta.url), 'utf8')
  applyImportedPlan(doc, importPlanText(text))
  const byNumber = new Map(flattenItems(readPlan(doc)).map(item => [item.number, item.id]))
  doc.transact(() => {
    for (const outcome of outcomes) {
      const id = byNumber.get(outcome.number)
      if (!id) throw new Error(`demo plan has no item ${outcome.number}`)
      setStatus(doc, id, outcome.status)
      for (const [field, value] of Object.entries(outcome.fields)) replaceText(doc, id, field as OutcomeField, value)
    }
  })
  seedDemoRegistry(doc)
  return Y.encodeStateAsUpdate(doc)
}

/** The report document's state with its first section written and its first task analysed. */
export function demoReportState (base: Uint8Array): Uint8Array {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, base)
  const [first] = reportChildren(doc, null)
  const body = first ? sectionBody(first[1]) : null
  if (!body) throw new Error('the report template has no first section')
  doc.transact(() => {
    // The template's one-line prompt is replaced by the written introduction.
    const prompt = body.get(0)
    if (prompt instanceof Y.XmlElement && prompt.nodeName === 'paragraph') body.delete(0, 1)
    body.insert(0, reportIntro.map(text => {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText(text)])
      return paragraph
    }))
    for (const element of body.toArray()) {
      if (!(element instanceof Y.XmlElement) || element.nodeName !== ReportNode.typedTable) continue
      const tableId = element.getAttribute('tableId')
      const table = tableId ? reportTables(doc).get(tableId) : undefined
      if (!tableId || table?.get('kind') !== TypedTableKind.tasks) continue
      const rows = table.get('rows') as Y.Array<Y.Map<unknown>>
      rows.delete(0, rows.length)
      addTypedRow(doc, tableId, 0, firstTask)
    }
  })
  return Y.encodeStateAsUpdate(doc)
}
