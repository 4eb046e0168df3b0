/**
 * The default structure of an analytic report (domain guide, «The analytic
 * report»). Written once into a new board's report document by the server,
 * so no two clients ever race to create it.
 */
import * as Y from 'yjs'
import { GeneratedBlockKind } from './blockKinds'
import { createReportSection, createTypedTable, ReportNode, reportSections, sectionBody } from './reportDoc'
import { TypedTableKind } from './typedTableKinds'

type Block =
  | { paragraph: string }
  | { generated: GeneratedBlockKind }
  | { table: TypedTableKind }

interface TemplateSection {
  title: string
  blocks: Block[]
  children?: TemplateSection[]
}

const defaultReportTemplate: TemplateSection[] = [
  {
    title: 'Краткий анализ решения задач',
    blocks: [{ paragraph: 'Задачи года и результаты их решения.' }, { table: TypedTableKind.tasks }],
  },
  {
    title: 'Реализация ДПП',
    blocks: [{ paragraph: 'Дополнительные профессиональные программы, реализованные в учебном году.' }, { table: TypedTableKind.programmes }],
  },
  {
    title: 'Научно-методическое сопровождение',
    blocks: [{ generated: GeneratedBlockKind.totals }],
    children: [
      { title: 'Информационные совещания', blocks: [{ table: TypedTableKind.meetings }] },
      { title: 'Инновационная инфраструктура', blocks: [{ generated: GeneratedBlockKind.infrastructure }] },
      { title: 'Конференции и семинары', blocks: [{ generated: GeneratedBlockKind.eventsHeld }] },
      { title: 'Конкурсы', blocks: [{ table: TypedTableKind.competitions }] },
      { title: 'Экспертиза', blocks: [{ table: TypedTableKind.expertise }] },
      { title: 'План и факт', blocks: [{ generated: GeneratedBlockKind.planVsFact }] },
      { title: 'Показатели эффективности', blocks: [{ generated: GeneratedBlockKind.indicators }] },
    ],
  },
  {
    title: 'Задачи на следующий учебный год',
    blocks: [{ paragraph: '' }],
  },
]

export function seedReportTemplate (doc: Y.Doc, template: TemplateSection[] = defaultReportTemplate): void {
  doc.transact(() => {
    const add = (spec: TemplateSection, parentId: string | null) => {
      const id = createReportSection(doc, { title: spec.title, parentId })
      const body = sectionBody(reportSections(doc).get(id)!)!
      body.insert(0, spec.blocks.map(block => blockElement(doc, block)))
      for (const child of spec.children ?? []) add(child, id)
    }
    for (const section of template) add(section, null)
  })
}

function blockElement (doc: Y.Doc, block: Block): Y.XmlElement {
  if ('paragraph' in block) {
    const paragraph = new Y.XmlElement('paragraph')
    if (block.paragraph) paragraph.insert(0, [new Y.XmlText(block.paragraph)])
    return paragraph
  }
  if ('generated' in block) {
    const element = new Y.XmlElement(ReportNode.generatedBlock)
    element.setAttribute('kind', block.generated)
    element.setAttribute('params', '{}')
    return element
  }
  const element = new Y.XmlElement(ReportNode.typedTable)
  element.setAttribute('tableId', createTypedTable(doc, block.table, 1))
  return element
}
