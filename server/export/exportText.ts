/**
 * Every Russian word the exported documents print, in one place so the
 * wording of the official form can be reviewed (and corrected) at once.
 */
export const exportText = {
  draft: 'Черновик',
  agreed: 'Согласовано',
  agreedBlock: 'СОГЛАСОВАНО',

  approval: {
    agreed: 'СОГЛАСОВАНО',
    approved: 'УТВЕРЖДАЮ',
    chairPosition: 'Председатель Экспертного совета',
    directorPosition: 'Директор',
    councilDecision: 'Решением Экспертного совета',
    /** «Протокол № 3 от 28.08.2023»; either part may be missing. */
    protocol: (number: string, date: string) => ['Протокол', number !== '' ? `№ ${number}` : '', date !== '' ? `от ${date}` : ''].filter(Boolean).join(' '),
  },

  /** Heading of the footnotes listed after the table when there are too many for the page feet. */
  notesTitle: 'Примечания',

  planFileName: 'План мероприятий',
  reportFileName: 'Аналитический отчёт',
  timelineFileName: 'Таймлайн',

  /** «План мероприятий на 2023–2024 учебный год». */
  planTitle: (yearLabel: string) => `План мероприятий на ${yearLabel} учебный год`,
  timelineTitle: (yearLabel: string) => `Таймлайн плана мероприятий на ${yearLabel} учебный год`,
  /** «Страница 3 из 12». */
  page: (current: number, total: number) => `Страница ${current} из ${total}`,
  pageWord: 'Страница',
  ofWord: 'из',

  columns: {
    number: '№ п/п',
    title: 'Наименование мероприятия',
    timing: 'Сроки проведения',
    audience: 'Целевая аудитория',
    expectedResult: 'Ожидаемый результат',
    responsible: 'Ответственный',
    organisation: 'Организатор',
    fact: 'Отметка о выполнении',
  },

  timeline: {
    itemColumn: 'Мероприятие',
    unscheduled: 'Без срока',
    noTiming: 'срок не указан',
    legendTitle: 'Условные обозначения',
    legendBar: 'месяц или период месяцев',
    legendDot: 'точная дата или дни',
    legendTick: 'регулярное мероприятие (отметка в каждом месяце)',
    legendBand: 'в течение года',
    legendPeriod: 'учебный период (четверть, полугодие, каникулы)',
    legendClipped: 'начинается до сентября или выходит за учебный год',
    emptyPlan: 'В плане нет мероприятий.',
  },
} as const
