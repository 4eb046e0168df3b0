import { describe, expect, it } from 'vitest'
import { exportFileName, stampText } from './documentStamp'

describe('stampText', () => {
  it('says «Черновик» for a draft', () => {
    expect(stampText({ kind: 'draft' })).toBe('Черновик')
  })

  it('dates an agreement in Moscow, whatever the server\'s zone', () => {
    const at = (iso: string) => stampText({ kind: 'agreed', agreedAt: new Date(iso), agreedBy: 'Иванова' })
    expect(at('2023-08-28T10:00:00Z')).toBe('Согласовано 28.08.2023')
    // 21:30 UTC on the 27th is 00:30 on the 28th in Moscow (UTC+3).
    expect(at('2023-08-27T21:30:00Z')).toBe('Согласовано 28.08.2023')
    expect(at('2023-08-27T20:30:00Z')).toBe('Согласовано 27.08.2023')
  })
})

describe('exportFileName', () => {
  it('names the three documents', () => {
    expect(exportFileName('plan', 'Демо-район', '2023-2024', 'docx')).toBe('План мероприятий 2023-2024 — Демо-район.docx')
    expect(exportFileName('report', 'Демо-район', '2023-2024', 'pdf')).toBe('Аналитический отчёт 2023-2024 — Демо-район.pdf')
    expect(exportFileName('timeline', 'Демо-район', '2023-2024', '.pdf')).toBe('Таймлайн 2023-2024 — Демо-район.pdf')
  })

  it('strips what file systems refuse, and copes with an empty district', () => {
    expect(exportFileName('plan', 'ИМЦ «Центр»: отдел / сектор*?', '2023-2024', 'docx')).toBe('План мероприятий 2023-2024 — ИМЦ «Центр» отдел сектор.docx')
    expect(exportFileName('plan', 'Район.\u0007 ', '2023-2024', 'docx')).toBe('План мероприятий 2023-2024 — Район.docx')
    expect(exportFileName('plan', '  ', '2023-2024', 'docx')).toBe('План мероприятий 2023-2024.docx')
  })
})
