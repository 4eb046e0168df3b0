import type * as Y from 'yjs'
import { addHistoryPoint, addInnovationStatus, createIndicator, createOrganisation, districtTotalText } from './registryDoc'
import { readRegistry } from './registrySnapshot'

/** Copies the organisation registry and the indicators (with their history) into another plan document. */
export function copyRegistry (source: Y.Doc, target: Y.Doc): void {
  const registry = readRegistry(source)
  target.transact(() => {
    for (const org of registry.organisations) {
      createOrganisation(target, { id: org.id, shortName: org.shortName, fullName: org.fullName, type: org.type })
      for (const status of org.statuses) addInnovationStatus(target, org.id, status)
    }
    for (const indicator of registry.indicators) {
      createIndicator(target, { id: indicator.id, name: indicator.name, count: indicator.count })
      for (const point of indicator.history) addHistoryPoint(target, indicator.id, point)
    }
    districtTotalText(target).insert(0, registry.districtTotal)
  })
}
