import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ImportedItem, ImportedPlan } from './importedPlan'
import { importPlanText, splitPlanText } from './importPlanText'

const samplePath = new URL('../../test/fixtures/plan-2021-2022-petrogradsky.txt', import.meta.url)
const sampleText = readFileSync(samplePath, 'utf8')

function allItems (items: readonly ImportedItem[]): ImportedItem[] {
  return items.flatMap((item) => [item, ...allItems(item.children)])
}

/** Every piece of text the import kept: title, section titles, item fields, problems. */
function keptText (plan: ImportedPlan): string {
  const parts = [plan.title ?? '']
  for (const section of plan.sections) {
    parts.push(section.title)
    for (const item of allItems(section.items)) {
      parts.push(item.sourceNumber ?? '', item.title, item.timing, item.audience, item.expectedResult, item.responsible ?? '', item.organisation ?? '')
    }
  }
  for (const problem of plan.problems) parts.push(problem.message, problem.text)
  return parts.join('\n')
}

describe('importPlanText on the Petrogradsky plan 2021–2022', () => {
  const plan = importPlanText(sampleText)
  const [training, support, analytics, information] = plan.sections

  // Counted by hand from the file (line numbers of the file):
  //   line 4   «Повышен | ие квалификации | - | • | -»            items 1.–7.   (lines 5, 6, 9–13)      → 7
  //   line 17  «Организаці | онно-методическое сопровождение»     items 1.–9., 10, 11, 12 (lines 18–33)  → 12
  //   line 34  «Аналитич | неская деятельность»                   items 1., 2., 3., 6. (lines 35–40)     → 4
  //   line 41  «| | онная поддержка | |» (title cut by Word, before a restart at 1.) items 1.–8. (42–58) → 8
  // 4 sections, 7 + 12 + 4 + 8 = 31 items, all top-level: the numbering is flat inside each section
  // (the «1. …; 2. …» inside item 1's title is a list in its text, not sub-items).
  it('finds the title, 4 sections and 31 items, none nested', () => {
    expect(plan.title).toBe('План мероприятий по сопровождению инновационной деятельности ОУ района на 2021-2022 учебный год')
    expect(plan.sections.map((s) => s.items.length)).toEqual([7, 12, 4, 8])
    expect(plan.sections.flatMap((s) => allItems(s.items))).toHaveLength(31)
    expect(plan.sections.flatMap((s) => s.items.flatMap((i) => i.children))).toHaveLength(0)
  })

  it('joins the section titles broken across cells, keeping their spelling', () => {
    expect(plan.sections.map((s) => s.title)).toEqual([
      'Повышение квалификации',
      'Организаціонно-методическое сопровождение',
      'Аналитичнеская деятельность',
      'онная поддержка',
    ])
    expect(plan.sections.map((s) => s.line)).toEqual([4, 17, 34, 41])
  })

  it('reads the fields of the items', () => {
    const first = training.items[0]
    expect(first.sourceNumber).toBe('1.')
    expect(first.line).toBe(5)
    expect(first.title.startsWith('Организация и проведение курсов повышения квалификации')).toBe(true)
    expect(first.title).toContain('1. Правило документа')
    expect(first.timing).toBe('октябрь - июнь')
    expect(first.audience).toBe('руководители и педагоги ГБОУ и ГБДОУ')
    expect(first.expectedResult.startsWith('повышение научно-коммуникативной компетенции')).toBe(true)

    expect(training.items[2].timing).toBe('по графику ОУ')
    expect(training.items[2].audience).toBe('методисты ОУ, педагоги всех направлений')

    const council = support.items[11]
    expect(council.sourceNumber).toBe('12')
    expect(council.title.startsWith('Заседания Координационного совета')).toBe(true)
    expect(council.timing).toBe('1 раз в 2 месяца, по необходимости')
    expect(council.audience).toBe('члены совета')
    expect(council.expectedResult.startsWith('Контроль и коррекция')).toBe(true)

    expect(support.items[9].sourceNumber).toBe('10')
    expect(support.items[9].timing).toBe('февраль-март')
    expect(support.items[7].audience).toBe('участники общественно-проф ессиональной экспертизы')

    const monitoring = analytics.items[3]
    expect(monitoring.sourceNumber).toBe('6.')
    expect(monitoring.title.startsWith('Мониторинг реализации Программы РОС 2020-2024')).toBe(true)
    expect(monitoring.timing).toBe('май - июнь')

    const portal = information.items[0]
    expect(portal.title.startsWith('Размещение и постоянное обновление информации')).toBe(true)
    expect(portal.timing).toBe('в течение года')
    expect(portal.expectedResult).toBe('Открытость и доступность актуальной информации')
  })

  it('joins cells continued on later lines with "\\n", across blank lines too', () => {
    // Item 2 of the first section: its result continues on line 8, after a blank line.
    const seminars = training.items[1]
    expect(seminars.expectedResult.startsWith('Обеспечение условий постоянно действующего')).toBe(true)
    expect(seminars.expectedResult.endsWith('исследовательских интересов\nОУ, отдельных педагогов и района.')).toBe(true)
    expect(seminars.timing).toBe('ежемесячно')
    // Item 7 of the first section continues on two lines (15 and 16).
    expect(training.items[6].expectedResult.endsWith('ИОМ на\nоснове мероприятий Форума')).toBe(true)
    // «Вестник образования»: audience and result both broken over several lines (52–57).
    const bulletin = information.items[6]
    expect(bulletin.line).toBe(52)
    expect(bulletin.audience).toBe('ИП,\nинновационные\nОУ')
    expect(bulletin.expectedResult).toBe('Освещение методических и\nтехнологических решений в\nпрактике и\n' +
      'научно-методической работе\nпедагогов и руководителей\nПетроградского района')
    expect(information.items[7].expectedResult).toBe('Сбор и коррекция материалов\nдля издания')
  })

  it('reports the glued titles, the guessed section and the skipped number, with their lines', () => {
    expect(plan.problems.map((p) => p.line)).toEqual([4, 17, 34, 40, 41])
    expect(plan.problems[3].message).toBe('Номер 6 в источнике, по порядку 4')
    expect(plan.problems[3].text.startsWith('6.\tМониторинг реализации')).toBe(true)
    expect(plan.problems[4].message).toContain('раздел')
    expect(plan.problems[4].text).toBe('\t\tонная поддержка')
  })

  it('loses nothing: every cell and every word of the source is kept', () => {
    const kept = keptText(plan)
    const lines = sampleText.split('\n')
    // The header row becomes the column mapping, not content.
    const content = lines.filter((line) => !line.startsWith('№ п.п'))
    const cells = content.flatMap((line) => line.split('\t').map((cell) => cell.trim())).filter((cell) => /[\p{L}\p{N}]/u.test(cell))
    expect(cells.length).toBeGreaterThan(150)
    for (const cell of cells) expect(kept, cell).toContain(cell)
    const words = content.join(' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
    for (const word of words) expect(kept, word).toContain(word)
  })
})

describe('importPlanText on small texts', () => {
  it('normalises \\r\\n and reads a title above the header', () => {
    const plan = importPlanText('План на 2023-2024 учебный год\r\n\r\n№\tНаименование\tСроки\tУчастники\tРезультат\r\n' +
      'Аналитическая деятельность\t\t\t\t\r\n1.\tМониторинг\tмай\tОУ\tСправка\r\n')
    expect(plan.title).toBe('План на 2023-2024 учебный год')
    expect(plan.sections[0].title).toBe('Аналитическая деятельность')
    expect(plan.sections[0].items[0]).toMatchObject({ title: 'Мониторинг', timing: 'май', audience: 'ОУ', expectedResult: 'Справка', line: 5 })
    expect(plan.problems).toEqual([])
  })

  it('rebuilds a row cut by line breaks inside a cell, keeping a blank line of that cell', () => {
    const text = [
      '№\tНаименование\tСроки\tЦелевая аудитория\tОжидаемый результат',
      'Повышение квалификации',
      '1.\tСеминар\tоктябрь\tметодисты',
      '',
      'педагоги\tПервый абзац',
      '2.\tКонсультации\tв течение года\tпедагоги\tПомощь',
    ].join('\n')
    // Lines 3–5 are one row. Once a row has all its cells it is complete: a
    // further line without tabs could as well be a section row, so it is not glued.
    expect(splitPlanText(text).lines).toEqual([1, 2, 3, 6])
    const plan = importPlanText(text)
    const [seminar, consultations] = plan.sections[0].items
    expect(seminar).toMatchObject({ title: 'Семинар', timing: 'октябрь', audience: 'методисты\n\nпедагоги', expectedResult: 'Первый абзац', line: 3 })
    expect(consultations).toMatchObject({ sourceNumber: '2.', expectedResult: 'Помощь', line: 6 })
    expect(plan.problems).toEqual([])
  })
})
