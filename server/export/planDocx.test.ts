import { describe, expect, it } from 'vitest'
import { samplePlan, allItems } from './testing/samplePlan'
import { docxPart, docxPartNames, paragraphTexts } from './testing/docxParts'
import { xmlFault } from './testing/xmlWellFormed'
import { renderPlanDocx } from './planDocx'

const plan = samplePlan()
const items = allItems(plan.sections.flatMap((section) => section.children))
const base = { plan, district: 'Петроградский район', year: '2021-2022' }
// 21:30 UTC on 27 August is 00:30 on the 28th in Moscow.
const agreed = { kind: 'agreed' as const, agreedAt: new Date('2023-08-27T21:30:00Z'), agreedBy: 'Председатель КС Иванова И. И.' }

describe('renderPlanDocx on the sample plan', async () => {
  const draft = await renderPlanDocx({ ...base, stamp: { kind: 'draft' } })
  const xml = await docxPart(draft, 'word/document.xml')
  const paragraphs = paragraphTexts(xml)

  it('writes well-formed XML in every part', async () => {
    const names = (await docxPartNames(draft)).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'))
    expect(names).toContain('word/document.xml')
    for (const name of names) expect(xmlFault(await docxPart(draft, name)), name).toBeUndefined()
  })

  it('has the plan\'s own title, every section row, every item number and every line of title and timing', async () => {
    // The title read from the source above the table is the plan's title; without one, the form's title and the district.
    expect(paragraphs).toContain('План мероприятий по сопровождению инновационной деятельности ОУ района на 2021-2022 учебный год')
    const untitled = paragraphTexts(await docxPart(await renderPlanDocx({ ...base, plan: { ...plan, title: '' }, stamp: { kind: 'draft' } }), 'word/document.xml'))
    expect(untitled).toContain('План мероприятий на 2021–2022 учебный год')
    expect(untitled).toContain('Петроградский район')
    expect(paragraphs).toContain('1. Повышение квалификации')
    expect(paragraphs).toContain('4. онная поддержка')
    expect(items.map((item) => item.number)).toEqual(expect.arrayContaining(['1.1', '1.7', '2.12', '3.4', '4.8']))
    for (const item of items) {
      expect(paragraphs).toContain(item.number)
      for (const line of [...item.fields.title.split('\n'), ...item.fields.timing.split('\n')]) expect(paragraphs).toContain(line)
    }
    // Cells' line breaks are kept as paragraphs: 4.7's expected result has six lines.
    expect(paragraphs).toEqual(expect.arrayContaining(['Освещение методических и', 'технологических решений в', 'Петроградского района']))
  })

  it('is a landscape A4 section with the header row repeated, merged section rows and Russian text', () => {
    expect(xml).toMatch(/<w:pgSz [^>]*w:w="16838"[^>]*w:h="11906"[^>]*w:orient="landscape"/)
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1)
    expect(xml.match(/<w:gridSpan w:val="5"\/>/g)).toHaveLength(plan.sections.length)
    expect(xml).toContain('<w:lang w:val="ru-RU"/>')
    expect(xml).not.toMatch(/<w:lang w:val="en/)
  })

  it('puts the stamp and page numbers in the footer', async () => {
    const footer = await docxPart(draft, 'word/footer1.xml')
    expect(paragraphTexts(footer)[0]).toMatch(/^Черновик.*Страница/)
    expect(footer).toMatch(/PAGE/)
    expect(footer).toMatch(/NUMPAGES/)
    const agreedXml = await docxPart(await renderPlanDocx({ ...base, stamp: agreed }), 'word/footer1.xml')
    expect(paragraphTexts(agreedXml)[0]).toContain('Согласовано 28.08.2023')
    expect(agreedXml).not.toContain('Черновик')
  })

  it('writes «Ожидаемый результат» lines starting with «•», «-», «–» as bullet paragraphs with their marker', async () => {
    const withList = structuredClone(plan)
    withList.sections[0].children[0].fields.expectedResult = 'Итог:\n• первое\n- второе\n– третье\n-'
    const docx = await renderPlanDocx({ ...base, plan: withList, stamp: { kind: 'draft' } })
    const body = await docxPart(docx, 'word/document.xml')
    const numbering = await docxPart(docx, 'word/numbering.xml')
    const texts = paragraphTexts(body)
    expect(texts).toEqual(expect.arrayContaining(['Итог:', 'первое', 'второе', 'третье', '-']))
    expect(texts).not.toContain('• первое')
    const listParagraphs = [...body.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:numPr>[\s\S]*?<\/w:p>/g)].map(([p]) => paragraphTexts(p)[0])
    expect(listParagraphs).toEqual(['первое', 'второе', 'третье'])
    for (const marker of ['•', '-', '–']) expect(numbering).toContain(`<w:lvlText w:val="${marker}"/>`)
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>')
  })

  it('adds the optional columns and indents sub-items', async () => {
    const nested = structuredClone(plan)
    const parent = nested.sections[1].children[0]
    parent.children = [{ ...parent, id: 'sub', number: '2.1.1', depth: 2, children: [], fields: { ...parent.fields, title: 'Подпункт', responsible: 'Петрова А. А.', organisation: 'ГБОУ № 287' } }]
    const docx = await renderPlanDocx({ ...base, plan: nested, stamp: { kind: 'draft' }, columns: { responsible: true, organisation: true } })
    const body = await docxPart(docx, 'word/document.xml')
    const texts = paragraphTexts(body)
    expect(texts).toEqual(expect.arrayContaining(['Ответственный', 'Организатор', '2.1.1', 'Петрова А. А.', 'ГБОУ № 287']))
    expect(body.match(/<w:gridSpan w:val="7"\/>/g)).toHaveLength(nested.sections.length)
    expect(body).toMatch(/<w:ind w:left="284"\/>(?:(?!<\/w:p>)[\s\S])*Подпункт/)
  })
})
