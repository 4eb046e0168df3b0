import type { OrganisationData } from '../../shared/registry/registrySnapshot'

const normalise = (text: string): string => text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ')

/** Whether an organisation matches the search box: its names, statuses, topics or periods contain every word typed. */
export function matchesSearch (organisation: OrganisationData, query: string): boolean {
  const words = normalise(query).trim().split(' ').filter(Boolean)
  if (words.length === 0) return true
  const haystack = normalise([
    organisation.shortName,
    organisation.fullName,
    ...organisation.statuses.flatMap(status => [status.status, status.topic, status.period]),
  ].join(' '))
  return words.every(word => haystack.includes(word))
}
