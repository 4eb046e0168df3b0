import { describe, expect, test } from 'vitest'
import { generatedBlockKinds, generatedBlockTitles, type GeneratedBlockKind } from '../blockKinds'
import { parseBlockParams } from './blockParams'
import { eventsHeld } from './eventsHeld'
import { generateBlock } from './generateBlock'
import { indicators } from './indicators'
import { infrastructure } from './infrastructure'
import { planVsFact } from './planVsFact'
import { sampleInput } from './testInput'
import { totals } from './totals'

describe('generateBlock', () => {
  test('every kind goes to its generator, titled as the kind', () => {
    const input = sampleInput()
    const params = { section: input.sections.training }
    const expected: Record<GeneratedBlockKind, unknown> = {
      'events-held': eventsHeld(params, input),
      'plan-vs-fact': planVsFact(params, input),
      infrastructure: infrastructure(input),
      indicators: indicators(input),
      totals: totals(params, input),
    }
    for (const kind of generatedBlockKinds) {
      const table = generateBlock(kind, params, input)
      expect(table).toEqual(expected[kind])
      expect(table.title).toBe(generatedBlockTitles[kind])
    }
  })

  test('the same input gives the same table (pure)', () => {
    const input = sampleInput()
    expect(generateBlock('totals', {}, input)).toEqual(generateBlock('totals', {}, input))
  })
})

describe('block parameters from the document', () => {
  test('a section id is read; anything unreadable means «all sections»', () => {
    expect(parseBlockParams('{"section":"n1"}')).toEqual({ section: 'n1' })
    expect(parseBlockParams('{}')).toEqual({})
    expect(parseBlockParams('{"section":""}')).toEqual({})
    expect(parseBlockParams('{"section":5,"future":true}')).toEqual({})
    expect(parseBlockParams('not json')).toEqual({})
    expect(parseBlockParams('null')).toEqual({})
    expect(parseBlockParams(undefined)).toEqual({})
  })
})
