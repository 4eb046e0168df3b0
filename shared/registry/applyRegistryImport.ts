import * as Y from 'yjs'
import { addInnovationStatus, createOrganisation, organisationsMap } from './registryDoc'
import type { RegistryImportPlan } from './planRegistryImport'

/** Applies an import in one transaction: one undo step, one update, and nobody sees half of it. */
export function applyRegistryImport (doc: Y.Doc, plan: RegistryImportPlan): void {
  doc.transact(() => {
    for (const organisation of plan.create) createOrganisation(doc, organisation)
    for (const change of plan.extend) {
      for (const status of change.statuses) addInnovationStatus(doc, change.id, status)
      const fullName = organisationsMap(doc).get(change.id)?.get('fullName')
      if (change.fullName && fullName instanceof Y.Text && fullName.length === 0) fullName.insert(0, change.fullName)
    }
  })
}
