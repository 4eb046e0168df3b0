import * as Y from 'yjs'
import { describe, expect, test } from 'vitest'
import { applyRegistryImport } from './applyRegistryImport'
import { planRegistryImport } from './planRegistryImport'
import { createOrganisation } from './registryDoc'
import { readRegistry } from './registrySnapshot'

describe('planRegistryImport and applyRegistryImport', () => {
  test('pasting a list again adds only what is new, in one update', () => {
    const doc = new Y.Doc()
    createOrganisation(doc, { id: 'o1', shortName: 'ГБОУ школа № 25', statuses: [{ status: 'РИП', topic: 'Школа на ладони' }] })
    createOrganisation(doc, { id: 'o2', shortName: 'ГБОУ гимназия № 67' })
    const plan = planRegistryImport(readRegistry(doc).organisations, [
      { shortName: 'ГБОУ школа №25', statuses: [{ status: 'РИП', topic: '«Школа на ладони»' }, { status: 'РСП' }] },
      { shortName: 'ГБОУ  гимназия № 67', fullName: 'ГБОУ гимназия № 67 Петроградского района' },
      { shortName: 'ГБДОУ детский сад № 93', type: 'kindergarten', statuses: [{ status: 'ЛОИ' }] },
    ])
    expect(plan.create.map(org => org.shortName)).toEqual(['ГБДОУ детский сад № 93'])
    expect(plan.extend).toEqual([
      { id: 'o1', shortName: 'ГБОУ школа № 25', statuses: [{ status: 'РСП' }] },
      { id: 'o2', shortName: 'ГБОУ гимназия № 67', statuses: [], fullName: 'ГБОУ гимназия № 67 Петроградского района' },
    ])
    expect(plan.unchanged).toEqual([])

    let updates = 0
    doc.on('update', () => updates++)
    applyRegistryImport(doc, plan)
    expect(updates).toBe(1)
    const registry = readRegistry(doc)
    expect(registry.organisations.map(org => [org.shortName, org.fullName, org.statuses.map(s => s.status)])).toEqual([
      ['ГБДОУ детский сад № 93', '', ['ЛОИ']],
      ['ГБОУ гимназия № 67', 'ГБОУ гимназия № 67 Петроградского района', []],
      ['ГБОУ школа № 25', '', ['РИП', 'РСП']],
    ])
    expect(planRegistryImport(registry.organisations, [{ shortName: 'ГБОУ школа № 25', statuses: [{ status: 'рсп' }] }]).unchanged).toEqual(['ГБОУ школа № 25'])
  })
})
