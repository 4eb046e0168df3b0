import type * as Y from 'yjs'
import { readRegistry, type RegistryData } from '../../shared/registry/registrySnapshot'
import { useDocSnapshot } from '../sync/useDocSnapshot'

const EMPTY: RegistryData = { organisations: [], indicators: [], districtTotal: '' }

/** The registry as plain data, rebuilt at most once per frame. */
export function useRegistrySnapshot (doc: Y.Doc): RegistryData {
  return useDocSnapshot(doc, readRegistry, EMPTY)
}
