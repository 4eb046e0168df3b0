import { describe, expect, it } from 'vitest'
import { samplePlan } from './testing/samplePlan'
import { pdfPages, squeeze } from './testing/pdfText'
import { renderTimelinePdf } from './timelinePdf'

describe('renderTimelinePdf', async () => {
  const plan = samplePlan()
  // The sample reads fully; give it the cases «Без срока» is for.
  plan.sections[2].children[1].fields.timing = 'по мере готовности материалов'
  plan.sections[3].children[4].fields.timing = ''
  plan.sections[1].children[4].fields.timing = '10.10.2021, 15–20 марта'
  const pages = await pdfPages(await renderTimelinePdf({ plan, district: 'Петроградский район', year: '2021-2022', stamp: { kind: 'draft' } }))
  const all = pages.map((page) => page.text).join(' ')

  it('is A3 landscape', () => {
    for (const page of pages) {
      expect(page.width).toBeCloseTo(1190.55, 1)
      expect(page.height).toBeCloseTo(841.89, 1)
    }
  })

  it('has the title, every section lane, the months and the legend', () => {
    expect(squeeze(all)).toContain(squeeze('Таймлайн плана мероприятий на 2021–2022 учебный год'))
    for (const section of plan.sections) expect(squeeze(all)).toContain(squeeze(`${section.number}. ${section.fields.title}`))
    for (const month of ['Сентябрь', 'Январь', 'Август']) expect(all).toContain(month)
    expect(all).toContain('Условные обозначения')
    expect(all).toContain('Черновик')
    expect(all).toContain(`Страница 1 из ${pages.length}`)
  })

  it('lists the items with nothing to draw under «Без срока» with their timing as written', () => {
    const [, unscheduled] = all.split('Без срока')
    expect(unscheduled).toBeDefined()
    expect(squeeze(unscheduled)).toContain(squeeze('по мере готовности материалов'))
    expect(unscheduled).toContain('3.2')
    expect(unscheduled).toContain('срок не указан')
    expect(unscheduled).toContain('4.5')
    expect(unscheduled).toContain('по графику ОУ') // 1.3: an outside schedule has no place on the calendar
    expect(unscheduled).not.toContain('2.5 ')
  })

  it('draws a plan with no items without failing', async () => {
    const empty = await pdfPages(await renderTimelinePdf({ plan: { sections: [], orphans: [] }, district: '', year: '2023-2024', stamp: { kind: 'draft' } }))
    expect(empty[0].text).toContain('В плане нет мероприятий')
  })
})
