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
  textPlaceholderCompact: 'Поиск: слово, номер…',
  /** «Фильтры», «Фильтры (2)»: the button opening the other filters of the compact bar. */
  more: (active: number) => active > 0 ? `Фильтры (${active})` : 'Фильтры',
  reset: 'Сбросить',
  resetHint: 'Сбросить все фильтры',
  /** «Показано 12 из 40». */
  shown: (shown: number, total: number) => `Показано ${shown} из ${total}`,
} as const
