import { describe, expect, it } from 'vitest'
import { boardSettingsSchema, emptyBoardSettings, type BoardSettings } from '../../shared/board/boardSettings'
import { blankDateLine, documentHead, signatureLine } from './approvalBlock'

const settings: BoardSettings = {
  organisation: 'ГБУ ДППО ЦПКС «Информационно-методический центр» Петроградского района Санкт-Петербурга',
  city: 'Санкт-Петербург',
  director: { position: 'Директор ГБУ ДППО ЦПКС ИМЦ', name: 'А. В. Смирнова' },
  councilChair: { position: 'Председатель Экспертного совета', name: 'И. И. Иванова' },
  protocol: { number: '3', date: '28.08.2023' },
}
const agreed = { kind: 'agreed' as const, agreedAt: new Date('2023-08-28T21:30:00Z'), agreedBy: 'Администратор' }

describe('documentHead', () => {
  it('prints the organisation, «СОГЛАСОВАНО» with the protocol, «УТВЕРЖДАЮ» with signature line, name and the Moscow date', () => {
    const head = documentHead(settings, agreed, 2023)
    expect(head.organisation).toBe(settings.organisation)
    expect(head.left).toEqual({ heading: 'СОГЛАСОВАНО', lines: ['Председатель Экспертного совета', `${signatureLine} И. И. Иванова`, 'Протокол № 3 от 28.08.2023'] })
    expect(head.right).toEqual({ heading: 'УТВЕРЖДАЮ', lines: ['Директор ГБУ ДППО ЦПКС ИМЦ', `${signatureLine} А. В. Смирнова`, '29.08.2023'] })
    expect(head.place).toBe('Санкт-Петербург\n2023')
  })

  it('leaves the date to be written by hand on a draft', () => {
    expect(documentHead(settings, { kind: 'draft' }, 2023).right?.lines.at(-1)).toBe(blankDateLine)
  })

  it('keeps the old corner block when no settings are set, and prints nothing on a draft', () => {
    expect(documentHead(undefined, agreed, 2023)).toEqual({ organisation: '', place: '', right: { heading: 'СОГЛАСОВАНО', lines: ['Администратор', '29.08.2023'] } })
    expect(documentHead(emptyBoardSettings(), { kind: 'draft' }, 2023)).toEqual({ organisation: '', place: '' })
  })
})

describe('boardSettingsSchema', () => {
  it('accepts «И. О. Фамилия» and refuses a name written surname first, with a Russian message', () => {
    expect(boardSettingsSchema.safeParse(settings).success).toBe(true)
    const bad = boardSettingsSchema.safeParse({ ...settings, director: { position: 'Директор', name: 'Смирнова Анна Викторовна' } })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0].message).toMatch(/И\. О\. Фамилия/)
    const date = boardSettingsSchema.safeParse({ ...settings, protocol: { number: '3', date: '31.02.2023' } })
    expect(date.error?.issues[0].message).toMatch(/ДД\.ММ\.ГГГГ/)
  })
})
