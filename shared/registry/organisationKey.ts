/**
 * A key under which two spellings of one organisation's short name meet:
 * «ГБОУ школа №25» and «ГБОУ школа № 25», «ГБДОУ детский сад «Кудесница»» and
 * «ГБДОУ Детский сад "Кудесница"». Used to merge an import into the registry
 * instead of doubling it; never shown or stored.
 */
export function organisationKey (name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"„“”'`]/g, '')
    .replace(/[\s\u00A0]+/g, '')
    .replace(/[.,;]+$/, '')
}
