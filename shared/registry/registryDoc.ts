/**
 * The board's organisation registry and the team's effectiveness indicators,
 * kept in the plan document (the plan's «организатор» and the report's
 * generated blocks read them, and the year rollover carries them over).
 *
 * Same pattern as the plan: one Y.Map per concern keyed by stable ids, every
 * text a Y.Text created with its record, list entries as Y.Maps in a Y.Array
 * (an insert never races with another insert).
 */
import * as Y from 'yjs'

export const RegistryKey = {
  organisations: 'registryOrganisations',
  indicators: 'registryIndicators',
  /** Y.Text (root-level, so nobody has to create it): the district's total as typed; empty = the registry's count. */
  districtTotal: 'registryDistrictTotal',
} as const

export const OrganisationType = {
  school: 'school',
  kindergarten: 'kindergarten',
  additional: 'additional',
  imc: 'imc',
  other: 'other',
} as const
export type OrganisationType = (typeof OrganisationType)[keyof typeof OrganisationType]
export const organisationTypes: readonly OrganisationType[] = Object.values(OrganisationType)

export const organisationTypeLabels: Record<OrganisationType, string> = {
  school: 'Школа (ГБОУ)',
  kindergarten: 'Детский сад (ГБДОУ)',
  additional: 'Дополнительное образование (УДО)',
  imc: 'ИМЦ',
  other: 'Другое',
}

/** Innovation statuses seen in the reports; free text is allowed too. */
export const knownInnovationStatuses = ['ФИП', 'РИП', 'РЭП', 'ЛОИ', 'ЦИПП', 'РСП', 'РБП', 'ОЭП', 'ППТ', 'МИП'] as const

export type RecordMap = Y.Map<unknown>

export function organisationsMap (doc: Y.Doc): Y.Map<RecordMap> {
  return doc.getMap<RecordMap>(RegistryKey.organisations)
}

export function indicatorsMap (doc: Y.Doc): Y.Map<RecordMap> {
  return doc.getMap<RecordMap>(RegistryKey.indicators)
}

export function districtTotalText (doc: Y.Doc): Y.Text {
  return doc.getText(RegistryKey.districtTotal)
}

function randomId (prefix: string): string {
  const bytes = new Uint8Array(8)
  globalThis.crypto.getRandomValues(bytes)
  return prefix + Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
}

export interface NewOrganisation {
  shortName: string
  fullName?: string
  type?: OrganisationType
  statuses?: Array<{ status: string; topic?: string; period?: string }>
  id?: string
}

/** Adds an organisation with all its texts created at once (by its one creator). */
export function createOrganisation (doc: Y.Doc, spec: NewOrganisation): string {
  const id = spec.id ?? randomId('o')
  doc.transact(() => {
    const org = new Y.Map<unknown>()
    org.set('shortName', new Y.Text(spec.shortName))
    org.set('fullName', new Y.Text(spec.fullName ?? ''))
    org.set('type', spec.type ?? OrganisationType.school)
    const statuses = new Y.Array<RecordMap>()
    org.set('statuses', statuses)
    organisationsMap(doc).set(id, org)
    for (const status of spec.statuses ?? []) addInnovationStatus(doc, id, status)
  })
  return id
}

export function addInnovationStatus (doc: Y.Doc, organisationId: string, status: { status: string; topic?: string; period?: string }): void {
  const statuses = organisationsMap(doc).get(organisationId)?.get('statuses')
  if (!(statuses instanceof Y.Array)) return
  const entry = new Y.Map<unknown>()
  entry.set('status', new Y.Text(status.status))
  entry.set('topic', new Y.Text(status.topic ?? ''))
  entry.set('period', new Y.Text(status.period ?? ''))
  statuses.push([entry])
}

export interface NewIndicator {
  name: string
  /** As typed: a whole number of organisations (or people); validated, never rewritten. */
  count?: string
  /** Dynamics over years: [{ year: "2019-2020", value: "20,8" }] (value as typed, a percentage). */
  history?: Array<{ year: string; value: string }>
  id?: string
}

export function createIndicator (doc: Y.Doc, spec: NewIndicator): string {
  const id = spec.id ?? randomId('i')
  doc.transact(() => {
    const indicator = new Y.Map<unknown>()
    indicator.set('name', new Y.Text(spec.name))
    indicator.set('count', new Y.Text(spec.count ?? ''))
    indicator.set('order', Date.now())
    const history = new Y.Array<RecordMap>()
    indicator.set('history', history)
    indicatorsMap(doc).set(id, indicator)
    for (const point of spec.history ?? []) addHistoryPoint(doc, id, point)
  })
  return id
}

export function addHistoryPoint (doc: Y.Doc, indicatorId: string, point: { year: string; value: string }): void {
  const history = indicatorsMap(doc).get(indicatorId)?.get('history')
  if (!(history instanceof Y.Array)) return
  const entry = new Y.Map<unknown>()
  entry.set('year', new Y.Text(point.year))
  entry.set('value', new Y.Text(point.value))
  history.push([entry])
}
