import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createReportSection, sectionTitle } from '../../shared/report/reportDoc'
import { seedReportTemplate } from '../../shared/report/reportTemplate'
import { displayNumber, readReportOutline } from './reportOutline'
import { indentSection, moveSectionDown, moveSectionUp, outdentSection } from './sectionMoves'

const titles = (doc: Y.Doc) => readReportOutline(doc).map(e => `${e.number} ${sectionTitle(e.section)}`)
const idOf = (doc: Y.Doc, number: string) => readReportOutline(doc).find(e => e.number === number)!.id

function seeded (): Y.Doc {
  const doc = new Y.Doc()
  seedReportTemplate(doc)
  return doc
}

describe('the report outline', () => {
  test('numbers the template 1 … 4 with 3.1 … 3.7, depth-first', () => {
    const outline = readReportOutline(seeded())
    expect(outline.map(e => e.number)).toEqual(['1', '2', '3', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '4'])
    expect(outline.find(e => e.number === '3')!.childCount).toBe(7)
    expect(displayNumber(outline[0])).toBe('1.')
    expect(displayNumber(outline[4])).toBe('3.2.')
  })
})

describe('moving sections', () => {
  test('up and down swap with the neighbour and stop at the ends', () => {
    const doc = seeded()
    expect(moveSectionUp(doc, idOf(doc, '1'))).toBe(false)
    expect(moveSectionDown(doc, idOf(doc, '1'))).toBe(true)
    expect(titles(doc).slice(0, 2)).toEqual(['1 Реализация ДПП', '2 Краткий анализ решения задач'])
    expect(moveSectionUp(doc, idOf(doc, '3.2'))).toBe(true)
    expect(titles(doc)[3]).toBe('3.1 Инновационная инфраструктура')
    expect(moveSectionDown(doc, idOf(doc, '3.7'))).toBe(false)
  })

  test('indent makes a section the last child of the one above; outdent puts it right after its parent', () => {
    const doc = seeded()
    const id = idOf(doc, '4')
    expect(indentSection(doc, id)).toBe(true)
    expect(titles(doc).at(-1)).toBe('3.8 Задачи на следующий учебный год')
    expect(outdentSection(doc, id)).toBe(true)
    expect(titles(doc).at(-1)).toBe('4 Задачи на следующий учебный год')
    expect(outdentSection(doc, id)).toBe(false)
    const sub = idOf(doc, '3.1')
    expect(outdentSection(doc, sub)).toBe(true)
    expect(titles(doc)[9]).toBe('4 Информационные совещания')
    expect(indentSection(doc, idOf(doc, '1'))).toBe(false)
  })

  test('a move changes only the order and parent: the body someone types in is the same object', () => {
    const doc = seeded()
    const id = createReportSection(doc, { title: 'Приложение' })
    const before = readReportOutline(doc).find(e => e.id === id)!.section.get('body')
    moveSectionUp(doc, id)
    indentSection(doc, id)
    expect(readReportOutline(doc).find(e => e.id === id)!.section.get('body')).toBe(before)
  })
})
