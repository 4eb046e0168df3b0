/**
 * Report, plan and registry documents for the report export tests (not used
 * by the product). Everything is built through the real Yjs layouts and read
 * back with readReport/readPlan/readRegistry, the way the server exports.
 */
import * as Y from 'yjs'
import { createNode, setStatus } from '../../shared/plan/planDoc'
import { ItemStatus, NodeKind, type PlanTextField } from '../../shared/plan/planFields'
import { readPlan } from '../../shared/plan/planSnapshot'
import { createIndicator, createOrganisation, districtTotalText } from '../../shared/registry/registryDoc'
import { readRegistry } from '../../shared/registry/registrySnapshot'
import { addTypedRow, createReportSection, reportChildren, reportSections, sectionBody } from '../../shared/report/reportDoc'
import { readReport } from '../../shared/report/reportSnapshot'
import { seedReportTemplate } from '../../shared/report/reportTemplate'
import type { ReportExportInput } from './reportContent'

type Child = Y.XmlElement | Y.XmlText
type Delta = Array<{ insert: string; attributes?: Record<string, unknown> }>

/** An element with attributes and children, as y-prosemirror stores a TipTap node. */
export function element (name: string, attrs: Record<string, unknown>, children: Child[] = []): Y.XmlElement {
  const node = new Y.XmlElement(name)
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as string)
  node.insert(0, children)
  return node
}

/** A text run list: marks are attributes named after them, holding their attrs. */
export function text (delta: Delta | string): Y.XmlText {
  const node = new Y.XmlText()
  node.applyDelta(typeof delta === 'string' ? [{ insert: delta }] : delta)
  return node
}

export const paragraph = (delta: Delta | string): Y.XmlElement => element('paragraph', {}, [text(delta)])

function appendToBody (doc: Y.Doc, sectionId: string, nodes: Y.XmlElement[]): void {
  const body = sectionBody(reportSections(doc).get(sectionId)!)!
  body.insert(body.length, nodes)
}

/** The fixture's own strings, for the assertions. */
export const sample = {
  district: 'Петроградский район',
  boldWords: 'сорок два мероприятия',
  link: 'https://imc.example.ru/otchet',
  linkText: 'сайт ИМЦ',
  programme: 'Программа А',
  doneTitle: 'Семинар для заместителей директоров',
  indicator: 'Доля районных инновационных площадок',
  cellTitle: 'Ячейка таблицы из текста',
}

function sampleReport (): Y.Doc {
  const doc = new Y.Doc()
  seedReportTemplate(doc)
  const [tasks, programmes, , next] = reportChildren(doc, null).map(([id]) => id)
  appendToBody(doc, tasks, [
    element('paragraph', {}, [text([
      { insert: 'За год проведено ' },
      { insert: sample.boldWords, attributes: { bold: {} } },
      { insert: ', материалы размещены на ' },
      { insert: sample.linkText, attributes: { link: { href: sample.link } } },
      { insert: ' и ' },
      { insert: 'в другом месте', attributes: { link: { href: 'javascript:alert(1)' }, italic: {} } },
      { insert: '.' },
    ])]),
    element('bulletList', {}, [
      element('listItem', {}, [paragraph('организационно-методическое сопровождение')]),
      element('listItem', {}, [paragraph('экспертиза инновационных продуктов'), element('orderedList', { start: 1 }, [
        element('listItem', {}, [paragraph('первый этап')]),
      ])]),
    ]),
    element('blockquote', {}, [paragraph([{ insert: 'Цитата из решения НМС.', attributes: { underline: {} } }])]),
  ])
  const programmesTable = sectionBody(reportSections(doc).get(programmes)!)!.toArray()
    .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'typedTable')!.getAttribute('tableId')!
  addTypedRow(doc, programmesTable, undefined, {
    programme: sample.programme, hours: '72', category: 'учителя начальных классов', period: 'октябрь – декабрь', trained: '25',
  })
  const cell = (name: string, content: string, attrs: Record<string, unknown> = { colspan: 1, rowspan: 1 }) =>
    element(name, attrs, [paragraph(content)])
  appendToBody(doc, next, [
    element('heading', { level: 3 }, [text('Приоритетные направления')]),
    element('orderedList', { start: 1 }, [
      element('listItem', {}, [paragraph('Развитие сетевого взаимодействия.')]),
      element('listItem', {}, [paragraph([{ insert: 'Сопровождение ' }, { insert: 'молодых педагогов', attributes: { italic: {} } }])]),
    ]),
    element('table', {}, [
      element('tableRow', {}, [cell('tableHeader', 'Направление'), cell('tableHeader', 'Срок')]),
      element('tableRow', {}, [cell('tableCell', sample.cellTitle), cell('tableCell', 'сентябрь', { colspan: 1, rowspan: 2 })]),
      element('tableRow', {}, [cell('tableCell', 'Вторая строка')]),
    ]),
  ])
  return doc
}

type Fields = Partial<Record<PlanTextField, string>>

function samplePlan (): Y.Doc {
  const doc = new Y.Doc()
  const item = (parentId: string, status: ItemStatus, fields: Fields) => {
    const id = createNode(doc, { kind: NodeKind.item, parentId, fields })
    setStatus(doc, id, status)
  }
  const section = createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Повышение квалификации' } })
  item(section, ItemStatus.done, {
    title: sample.doneTitle, timing: 'октябрь', audience: 'заместители директоров ОУ', actualDate: '12.10.2023', participants: '25',
  })
  item(section, ItemStatus.planned, { title: 'Мастер-класс для молодых педагогов', timing: 'март' })
  item(section, ItemStatus.cancelled, {
    title: 'Вебинар «Работа с детьми с ОВЗ»', timing: 'апрель', deviationReason: 'Болезнь лектора', managementAction: 'Перенесён на следующий год',
  })
  return doc
}

function sampleRegistry (): Y.Doc {
  const doc = new Y.Doc()
  createOrganisation(doc, { shortName: 'ГБОУ № 87', statuses: [{ status: 'РИП', topic: 'Цифровая школа', period: '2022–2025' }] })
  createOrganisation(doc, { shortName: 'ГБДОУ № 12', type: 'kindergarten', statuses: [{ status: 'ЛОИ', topic: 'Инженерная игра', period: '2023–2024' }] })
  createOrganisation(doc, { shortName: 'ГБОУ № 91' })
  createIndicator(doc, {
    name: sample.indicator,
    count: '27',
    history: [{ year: '2020–2021', value: '20,8' }, { year: '2021–2022', value: '19,5' }, { year: '2022–2023', value: '26' }],
  })
  districtTotalText(doc).insert(0, '63')
  return doc
}

export function sampleReportInput (overrides: Partial<ReportExportInput> = {}): ReportExportInput {
  return {
    report: readReport(sampleReport()),
    plan: readPlan(samplePlan()),
    registry: readRegistry(sampleRegistry()),
    year: { startYear: 2023 },
    district: sample.district,
    stamp: { kind: 'draft' },
    ...overrides,
  }
}

const words = ('методический сопровождение педагог образовательный организация семинар результат деятельность развитие ' +
  'инновационный площадка конференция района учебного года программа квалификации школа обучающихся проект').split(' ')

/** Narrative of a given size: `sections` sections of `paragraphs` paragraphs of `wordsEach` words, after the template. */
export function largeReportInput (sections: number, paragraphs: number, wordsEach: number): ReportExportInput {
  const doc = sampleReport()
  let seed = 7
  const word = () => words[(seed = (seed * 16807) % 2147483647) % words.length]
  for (let s = 0; s < sections; s++) {
    const id = createReportSection(doc, { title: `Направление работы ${s + 1}` })
    appendToBody(doc, id, Array.from({ length: paragraphs }, () => {
      const sentence = Array.from({ length: wordsEach }, word).join(' ')
      return paragraph(sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.')
    }))
  }
  return { ...sampleReportInput(), report: readReport(doc) }
}
