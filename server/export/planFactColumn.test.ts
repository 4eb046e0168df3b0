import { describe, expect, it } from 'vitest'
import { samplePlan, allItems } from './testing/samplePlan'
import { docxPart, paragraphTexts } from './testing/docxParts'
import { renderPlanDocx } from './planDocx'
import { renderPlanOdt } from './planOdt'
import { planColumns } from './planTableModel'
import JSZip from 'jszip'

// An agreed plan exported in the middle of the year: the agreed form plus what was recorded (issue 11 item 3).
const plan = samplePlan()
const [held, moved] = allItems(plan.sections.flatMap((section) => section.children))
held.status = 'done'
held.fields.actualDate = '12.10.2021'
held.fields.participants = '46'
moved.status = 'moved'
moved.fields.deviationReason = 'карантин в ОУ'
const base = { plan, district: 'Петроградский район', year: '2021-2022', stamp: { kind: 'draft' as const } }

describe('the fact column of an exported plan', () => {
  it('is printed by default once any fact is recorded, and not before', () => {
    expect(planColumns(undefined, plan).map((column) => column.label)).toContain('Отметка о выполнении')
    expect(planColumns(undefined, samplePlan()).map((column) => column.label)).not.toContain('Отметка о выполнении')
  })

  it('carries each item\'s status and fact as typed, in DOCX and ODT', async () => {
    const docx = paragraphTexts(await docxPart(await renderPlanDocx(base), 'word/document.xml'))
    expect(docx).toEqual(expect.arrayContaining(['Отметка о выполнении', 'Проведено 12.10.2021', 'Число участников: 46', 'Перенесено', 'Причины отклонения: карантин в ОУ']))
    const odt = await (await JSZip.loadAsync(await renderPlanOdt(base))).file('content.xml')!.async('string')
    for (const text of ['Отметка о выполнении', 'Проведено 12.10.2021', 'Число участников: 46', 'Причины отклонения: карантин в ОУ']) expect(odt).toContain(text)
  })
})
