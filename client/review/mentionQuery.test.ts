import { describe, expect, test } from 'vitest'
import { insertMention, mentionAt } from './mentionQuery'

describe('@mentions while typing', () => {
  test('find the word after an @ at the caret, not an e-mail address', () => {
    expect(mentionAt('Уточните, @Pet', 14)).toEqual({ start: 10, query: 'pet' })
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' })
    expect(mentionAt('imc@spb.ru', 10)).toBeNull()
    expect(mentionAt('@petrova уже ответила', 21)).toBeNull()
  })

  test('replace it with the chosen login and put the caret after it', () => {
    const text = 'Уточните, @pe сроки'
    const mention = mentionAt(text, 13)!
    expect(insertMention(text, 13, mention, 'petrova')).toEqual({ text: 'Уточните, @petrova сроки', caret: 18 })
    expect(insertMention('@p', 2, mentionAt('@p', 2)!, 'petrova')).toEqual({ text: '@petrova ', caret: 9 })
  })
})
