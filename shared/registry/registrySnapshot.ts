/** Plain data of the registry and indicators, as generation and exports read them. */
import * as Y from 'yjs'
import { districtTotalText, indicatorsMap, organisationsMap, organisationTypes, OrganisationType, type RecordMap } from './registryDoc'

export interface InnovationStatusData {
  status: string
  topic: string
  period: string
}

export interface OrganisationData {
  id: string
  shortName: string
  fullName: string
  type: OrganisationType
  statuses: InnovationStatusData[]
}

export interface IndicatorData {
  id: string
  name: string
  count: string
  history: Array<{ year: string; value: string }>
}

export interface RegistryData {
  organisations: OrganisationData[]
  indicators: IndicatorData[]
  /** As typed by the team; empty means «the number of organisations in the registry». */
  districtTotal: string
}

const text = (map: RecordMap, key: string): string => {
  const value = map.get(key)
  return value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : ''
}

const entries = (map: RecordMap, key: string): RecordMap[] => {
  const value = map.get(key)
  return value instanceof Y.Array ? value.toArray().filter((item): item is RecordMap => item instanceof Y.Map) : []
}

export function readRegistry (doc: Y.Doc): RegistryData {
  const organisations: OrganisationData[] = []
  organisationsMap(doc).forEach((org, id) => {
    const type = org.get('type')
    organisations.push({
      id,
      shortName: text(org, 'shortName'),
      fullName: text(org, 'fullName'),
      type: (organisationTypes as readonly unknown[]).includes(type) ? type as OrganisationType : OrganisationType.other,
      statuses: entries(org, 'statuses').map(s => ({ status: text(s, 'status'), topic: text(s, 'topic'), period: text(s, 'period') })),
    })
  })
  organisations.sort((a, b) => a.shortName.localeCompare(b.shortName, 'ru', { numeric: true }) || (a.id < b.id ? -1 : 1))
  const indicators: Array<IndicatorData & { order: number }> = []
  indicatorsMap(doc).forEach((indicator, id) => {
    const order = indicator.get('order')
    indicators.push({
      id,
      name: text(indicator, 'name'),
      count: text(indicator, 'count'),
      history: entries(indicator, 'history').map(p => ({ year: text(p, 'year'), value: text(p, 'value') })),
      order: typeof order === 'number' ? order : 0,
    })
  })
  indicators.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
  return {
    organisations,
    indicators: indicators.map(({ order: _order, ...rest }) => rest),
    districtTotal: districtTotalText(doc).toString(),
  }
}
