import { describe, expect, it } from 'vitest'
import { samplePlan, allItems } from './testing/samplePlan'
import { containsWords, pdfPages, squeeze } from './testing/pdfText'
import { renderPlanPdf } from './planPdf'

const plan = samplePlan()
const items = allItems(plan.sections.flatMap((section) => section.children))
const base = { plan, district: 'Петроградский район', year: '2021-2022' }

describe('renderPlanPdf on the sample plan', async () => {
  const pages = await pdfPages(await renderPlanPdf({ ...base, stamp: { kind: 'draft' } }))
  const text = pages.map((page) => page.text).join(' ')
  const all = squeeze(text)
  const words = text.split(/\s+/)

  it('is landscape A4 with embedded Cyrillic text: the title, every section, every item number and title', () => {
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) {
      expect(page.width).toBeCloseTo(841.89, 1)
      expect(page.height).toBeCloseTo(595.28, 1)
    }
    expect(all).toContain(squeeze('План мероприятий по сопровождению инновационной деятельности ОУ района на 2021-2022 учебный год'))
    for (const section of plan.sections) expect(all).toContain(squeeze(`${section.number}. ${section.fields.title}`))
    for (const item of items) {
      expect(words).toContain(item.number)
      expect(containsWords(text, item.fields.title), item.number).toBe(true)
      expect(containsWords(text, item.fields.timing), item.number).toBe(true)
    }
  })

  it('finds words in order only (the check above is not vacuous)', () => {
    expect(containsWords(text, 'Подготовка и проведение VII Петроградского Педагогического Форума')).toBe(true)
    expect(containsWords(text, 'Форума Педагогического Петроградского VII')).toBe(false)
    expect(containsWords(text, 'Подготовка и проведение VIII Форума')).toBe(false)
  })

  it('repeats the header row and numbers the pages under the stamp', () => {
    pages.forEach((page, index) => {
      expect(squeeze(page.text)).toContain(squeeze('Наименование мероприятия'))
      expect(page.text).toContain('Черновик')
      expect(page.text).toContain(`Страница ${index + 1} из ${pages.length}`)
    })
  })

  it('prints the agreed stamp, and bullets as a list without their markers in the text', async () => {
    const withList = structuredClone(plan)
    withList.sections[0].children[0].fields.expectedResult = 'Итог:\n• первое событие\n- второе событие'
    const agreed = await pdfPages(await renderPlanPdf({
      ...base,
      plan: withList,
      stamp: { kind: 'agreed', agreedAt: new Date('2023-08-27T21:30:00Z'), agreedBy: 'Председатель КС Иванова И. И.' },
      columns: { responsible: true },
    }))
    const text = agreed.map((page) => page.text).join(' ')
    expect(text).toContain('Согласовано 28.08.2023')
    expect(text).not.toContain('Черновик')
    expect(text).toContain('Ответственный')
    expect(text).toContain('первое событие')
    expect(text).not.toMatch(/[•-] ?первое/)
  })
})
