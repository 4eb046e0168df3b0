/** User-facing strings of the plan's filter bar (shared by the table and the timeline). */
export const filterStrings = {
  barLabel: 'Фильтры плана',
  section: 'Раздел',
  allSections: 'Все разделы',
  missingSection: 'Раздел удалён',
  audience: 'Аудитория',
  responsible: 'Ответственный',
  organisation: 'Организатор',
  status: 'Статус',
  anyStatus: 'Любой',
  text: 'Поиск',
  textPlaceholder: 'Слово, номер…',
  reset: 'Сбросить',
  resetHint: 'Сбросить все фильтры',
  /** «Показано 12 из 40». */
  shown: (shown: number, total: number) => `Показано ${shown} из ${total}`,
} as const
