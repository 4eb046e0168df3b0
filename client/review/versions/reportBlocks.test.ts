import { describe, expect, test } from 'vitest'
import { reportBlocks } from './reportBlocks'

describe('a version\'s report body as text', () => {
  test('paragraphs and list items in order; tables and generated blocks named', () => {
    const body = [
      { type: 'paragraph', attrs: {}, content: [{ type: 'text' as const, text: 'Проведено ' }, { type: 'text' as const, text: '12 семинаров.' }] },
      { type: 'bulletList', attrs: {}, content: [{ type: 'listItem', attrs: {}, content: [{ type: 'paragraph', attrs: {}, content: [{ type: 'text' as const, text: 'ЛОИ' }] }] }] },
      { type: 'generatedBlock', attrs: { kind: 'eventsHeld' }, content: [] },
      { type: 'paragraph', attrs: {}, content: [] },
    ]
    expect(reportBlocks(body)).toEqual([{ kind: 'text', text: 'Проведено 12 семинаров.' }, { kind: 'text', text: 'ЛОИ' }, { kind: 'generated' }])
  })
})
