import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyImportedPlan } from '../../shared/plan/applyImportedPlan'
import type { ImportedItem, ImportedPlan } from '../../shared/plan/importedPlan'
import { readPlan, type PlanNode, type PlanSnapshot } from '../../shared/plan/planSnapshot'
import { renderPlanDocx } from '../export/planDocx'
import { samplePlan } from '../export/testing/samplePlan'
import { importPlanDocx } from './docxPlan'
import { importMessages } from './importMessages'
import { docxPackage, officialHeader, para, table } from './testing/handmadeDocx'

type Fields = Pick<PlanNode['fields'], 'title' | 'timing' | 'audience' | 'expectedResult' | 'responsible' | 'organisation'>
interface PlainItem { number: string; fields: Fields; children: PlainItem[] }

/** A snapshot as plain data: sections' titles, items' numbers and planned fields. */
function plainSnapshot (plan: PlanSnapshot) {
  const item = (node: PlanNode): PlainItem => {
    const { title, timing, audience, expectedResult, responsible, organisation } = node.fields
    return { number: node.number, fields: { title, timing, audience, expectedResult, responsible, organisation }, children: node.children.map(item) }
  }
  return plan.sections.map((section) => ({ number: section.number, title: section.fields.title, items: section.children.map(item) }))
}

/** What the board would hold after applying the import. */
function applied (plan: ImportedPlan): PlanSnapshot {
  const doc = new Y.Doc()
  applyImportedPlan(doc, plan)
  return readPlan(doc)
}

async function imported (data: Buffer): Promise<ImportedPlan> {
  const result = await importPlanDocx(data)
  if (!result.ok) throw new Error(result.error)
  return result.plan
}

const allImported = (items: readonly ImportedItem[]): ImportedItem[] => items.flatMap((item) => [item, ...allImported(item.children)])

describe('round trip: the exported DOCX imports back to the same plan', () => {
  it('the sample plan: same sections, items, numbers and fields, no problems', async () => {
    const plan = samplePlan()
    const docx = await renderPlanDocx({ plan, district: 'Петроградский район', year: '2021-2022', stamp: { kind: 'draft' } })
    const back = await imported(docx)
    expect(back.problems).toEqual([])
    // The plan's own title goes out and comes back.
    expect(back.title).toBe('План мероприятий по сопровождению инновационной деятельности ОУ района на 2021-2022 учебный год')
    expect(plainSnapshot(applied(back))).toEqual(plainSnapshot(plan))
    // The numbers in the file are the derived ones, and are read back as written.
    expect(back.sections.flatMap((section) => allImported(section.items).map((item) => item.sourceNumber)).slice(0, 3)).toEqual(['1.1', '1.2', '1.3'])
  })

  it('sub-items, optional columns, bullets with each marker, blank lines and markup characters', async () => {
    const plan = samplePlan()
    const first = plan.sections[0].children[0]
    first.fields.expectedResult = 'Итог <важно> & "срочно":\n• первое\n- второе\n– третье\n\nпосле пустой строки'
    first.fields.title = 'Две строки\nназвания'
    const sub = (n: number): PlanNode => ({ ...first, id: `sub${n}`, number: `1.1.${n}`, depth: 2, children: [], fields: { ...first.fields, title: `Подпункт ${n}`, timing: '10.10.2021', expectedResult: '' } })
    first.children = [sub(1), sub(2)]
    for (const node of [first, ...first.children]) Object.assign(node.fields, { responsible: 'Иванова И. И.', organisation: 'ГБОУ № 287' })
    const docx = await renderPlanDocx({ plan, district: 'Демо-район', year: '2023-2024', stamp: { kind: 'draft' }, columns: { responsible: true, organisation: true } })
    const back = await imported(docx)
    expect(back.problems).toEqual([])
    expect(plainSnapshot(applied(back))).toEqual(plainSnapshot(plan))
    expect(allImported(back.sections[0].items).map((item) => item.sourceNumber).slice(0, 4)).toEqual(['1.1', '1.1.1', '1.1.2', '1.2'])
  })
})

describe('a DOCX written by another program', () => {
  const body = [
    para('ПЛАН РАБОТЫ ИМЦ'),
    para('на 2023-2024 учебный год'),
    table([
      officialHeader,
      [{ content: para('1. Повышение квалификации'), gridSpan: 5 }],
      ['1.1', 'Курсы повышения квалификации', 'октябрь - июнь', 'педагоги ОУ', 'Повышение компетенции'],
      ['1.2', { content: para('Семинар для заместителей') + para('по теме «Наставничество»') }, 'ежемесячно', 'заместители директора', { content: para('Обмен опытом') + para('Разбор случаев', { numId: 2, level: 0 }) }],
      ['1.2.1', 'Открытое занятие ГБОУ № 287', '15 октября', 'педагоги', 'Открытое мероприятие'],
      ['а)', 'Строка без номера пункта', 'май', '', ''],
      [{ content: para('2. Аналитическая деятельность'), gridSpan: 5 }],
      ['2.1', 'Мониторинг', 'февраль-май', 'ОУ', 'Аналитическая справка'],
    ], 5),
    para('Подпись'),
  ].join('')

  it('reads sections, numbering, fields and a cell of several paragraphs; reports the row it cannot place', async () => {
    const plan = await imported(await docxPackage(body, { numbering: true }))
    expect(plan.title).toBe('ПЛАН РАБОТЫ ИМЦ\nна 2023-2024 учебный год')
    expect(plan.sections.map((section) => [section.sourceNumber, section.title])).toEqual([['1.', 'Повышение квалификации'], ['2.', 'Аналитическая деятельность']])
    const [training, analytics] = plan.sections
    expect(training.items.map((item) => item.sourceNumber)).toEqual(['1.1', '1.2'])
    expect(training.items[1]).toMatchObject({
      title: 'Семинар для заместителей\nпо теме «Наставничество»',
      timing: 'ежемесячно',
      audience: 'заместители директора',
      expectedResult: 'Обмен опытом\n• Разбор случаев',
    })
    const sub = training.items[1].children[0]
    expect(sub).toMatchObject({ sourceNumber: '1.2.1', audience: 'педагоги', expectedResult: 'Открытое мероприятие' })
    expect(sub.title.startsWith('Открытое занятие ГБОУ № 287\n')).toBe(true)
    expect(sub.timing).toBe('15 октября\nмай')
    expect(analytics.items).toMatchObject([{ sourceNumber: '2.1', title: 'Мониторинг', timing: 'февраль-май', audience: 'ОУ', expectedResult: 'Аналитическая справка' }])
    // The row numbered «а)» is not lost: it joins the item above and is reported with its row.
    expect(plan.problems).toEqual([expect.objectContaining({ line: 6, text: expect.stringContaining('Строка без номера пункта') })])
    expect(sub.title).toContain('Строка без номера пункта')
  })

  it('counts Word\'s automatic numbering of the № column and keeps a cell merged down as one shared cell', async () => {
    const auto = (level: number) => ({ content: para('', { numId: 1, level }) })
    const rows = [
      officialHeader,
      [{ content: para('Повышение квалификации'), gridSpan: 5 }],
      [auto(0), 'Курсы', { content: para('в течение года'), vMerge: 'restart' as const }, 'педагоги', 'Рост'],
      [auto(0), 'Семинар', { content: '', vMerge: 'continue' as const }, 'методисты', 'Обмен'],
      [auto(1), 'Открытое занятие', 'май', 'педагоги', 'Опыт'],
      [{ content: para('Аналитическая деятельность'), gridSpan: 5 }],
      [auto(0), 'Мониторинг', 'апрель', 'ОУ', 'Справка'],
    ]
    const plan = await imported(await docxPackage(table(rows, 5), { numbering: true }))
    expect(plan.sections.map((section) => section.title)).toEqual(['Повышение квалификации', 'Аналитическая деятельность'])
    const [training, analytics] = plan.sections
    expect(training.items.map((item) => [item.sourceNumber, item.title, item.timing, item.mergedUp])).toEqual([['1', 'Курсы', 'в течение года', undefined], ['2', 'Семинар', '', ['timing']]])
    expect(training.items[1].children.map((item) => [item.sourceNumber, item.title])).toEqual([['2.1', 'Открытое занятие']])
    expect(analytics.items.map((item) => [item.sourceNumber, item.title])).toEqual([['1', 'Мониторинг']])
    expect(plan.problems.map((problem) => problem.line)).toEqual([3, 3])
    expect(plan.problems.map((problem) => problem.message).join('\n')).toMatch(/автоматической нумерацией[\s\S]*«в течение года» объединена на строки 3–4/)
  })

  it('reads a plan split into tables that repeat the header, with section titles between them', async () => {
    const split = [
      table([officialHeader, ['1.', 'Курсы', 'октябрь', 'педагоги', 'Рост']], 5),
      para('2. Аналитическая деятельность'),
      table([officialHeader, ['1.', 'Мониторинг', 'апрель', 'ОУ', 'Справка']], 5),
      table([['Согласовано', 'Подпись']], 2),
    ].join('')
    const plan = await imported(await docxPackage(split))
    expect(plan.sections.map((section) => [section.title, section.items.map((item) => item.title)])).toEqual([
      ['', ['Курсы']],
      ['Аналитическая деятельность', ['Мониторинг']],
    ])
  })
})

describe('files that are not a .docx plan', () => {
  it('a legacy .doc gets the advice to save it as .docx', async () => {
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])
    expect(await importPlanDocx(doc)).toEqual({ ok: false, error: 'Файл в старом формате .doc: сохраните его как .docx (Файл → Сохранить как → Документ Word) и загрузите снова.' })
  })

  it('random bytes, an RTF, an empty file, a broken zip and a document without a table each get a Russian message', async () => {
    let seed = 42
    const random = Buffer.from(Array.from({ length: 2048 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff))
    expect(await importPlanDocx(random)).toEqual({ ok: false, error: importMessages.notDocx })
    expect(await importPlanDocx(Buffer.from('{\\rtf1\\ansi План}'))).toEqual({ ok: false, error: importMessages.rtf })
    expect(await importPlanDocx(Buffer.alloc(0))).toEqual({ ok: false, error: importMessages.empty })
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), random])
    expect(await importPlanDocx(brokenZip)).toEqual({ ok: false, error: importMessages.unreadable })
    expect(await importPlanDocx(await docxPackage(para('Только текст, без таблицы')))).toEqual({ ok: false, error: importMessages.noTable })
  })
})
