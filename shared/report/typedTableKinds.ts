/**
 * The report's structured tables that people fill in. Each kind has fixed
 * columns with a value type; cells are Y.Texts kept exactly as typed, and the
 * type only decides what validation says (see typedTableSchemas.ts).
 */
export const CellType = {
  text: 'text',
  /** A whole non-negative number. */
  number: 'number',
  /** «15.09.2022»; also a range or a month as free text is allowed with a warning. */
  date: 'date',
  url: 'url',
} as const
export type CellType = (typeof CellType)[keyof typeof CellType]

export interface TypedColumn {
  key: string
  label: string
  type: CellType
}

export const TypedTableKind = {
  tasks: 'tasks',
  programmes: 'programmes',
  meetings: 'meetings',
  competitions: 'competitions',
  expertise: 'expertise',
} as const
export type TypedTableKind = (typeof TypedTableKind)[keyof typeof TypedTableKind]
export const typedTableKinds: readonly TypedTableKind[] = Object.values(TypedTableKind)

export const typedTableDefinitions: Record<TypedTableKind, { title: string; columns: TypedColumn[] }> = {
  tasks: {
    title: 'Анализ решения задач',
    columns: [
      { key: 'task', label: 'Задача', type: CellType.text },
      { key: 'results', label: 'Результаты', type: CellType.text },
      { key: 'problems', label: 'Проблемы и перспективы', type: CellType.text },
    ],
  },
  programmes: {
    title: 'Реализация ДПП',
    columns: [
      { key: 'programme', label: 'Программа', type: CellType.text },
      { key: 'hours', label: 'Часы', type: CellType.number },
      { key: 'category', label: 'Категория слушателей', type: CellType.text },
      { key: 'period', label: 'Сроки', type: CellType.text },
      { key: 'trained', label: 'Обучено', type: CellType.number },
    ],
  },
  meetings: {
    title: 'Информационные совещания',
    columns: [
      { key: 'date', label: 'Дата', type: CellType.date },
      { key: 'category', label: 'Категория', type: CellType.text },
      { key: 'questions', label: 'Рассмотренные вопросы', type: CellType.text },
      { key: 'participants', label: 'Участники', type: CellType.number },
    ],
  },
  competitions: {
    title: 'Конкурсы',
    columns: [
      { key: 'organisation', label: 'ОУ', type: CellType.text },
      { key: 'product', label: 'Продукт', type: CellType.text },
      { key: 'link', label: 'Ссылка', type: CellType.url },
      { key: 'result', label: 'Результат', type: CellType.text },
    ],
  },
  expertise: {
    title: 'Экспертиза',
    columns: [
      { key: 'event', label: 'Мероприятие', type: CellType.text },
      { key: 'object', label: 'Объект экспертизы', type: CellType.text },
      { key: 'experts', label: 'Экспертов', type: CellType.number },
      { key: 'materials', label: 'Материалов', type: CellType.number },
    ],
  },
}

export function isTypedTableKind (value: unknown): value is TypedTableKind {
  return typeof value === 'string' && (typedTableKinds as readonly string[]).includes(value)
}
