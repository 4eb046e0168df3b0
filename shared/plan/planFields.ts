/**
 * The fields of a plan node. Every text field is a Y.Text, so two people
 * typing in the same cell merge letter by letter; the outcome record is text
 * too and is validated, never rewritten (a participant count typed as «около
 * 40» stays as typed and is flagged).
 */

/** Planned columns of the official form (locked once the plan is agreed). */
export const PlannedField = {
  title: 'title',
  timing: 'timing',
  audience: 'audience',
  expectedResult: 'expectedResult',
  responsible: 'responsible',
  organisation: 'organisation',
} as const
export type PlannedField = (typeof PlannedField)[keyof typeof PlannedField]

/** What happened: recorded through the year, editable after agreement. */
export const OutcomeField = {
  actualDate: 'actualDate',
  participants: 'participants',
  actualContent: 'actualContent',
  deviationReason: 'deviationReason',
  managementAction: 'managementAction',
} as const
export type OutcomeField = (typeof OutcomeField)[keyof typeof OutcomeField]

export type PlanTextField = PlannedField | OutcomeField

export const plannedFields: readonly PlannedField[] = Object.values(PlannedField)
export const outcomeFields: readonly OutcomeField[] = Object.values(OutcomeField)
export const planTextFields: readonly PlanTextField[] = [...plannedFields, ...outcomeFields]

export const fieldLabels: Record<PlanTextField, string> = {
  title: 'Наименование мероприятия',
  timing: 'Сроки проведения',
  audience: 'Целевая аудитория / Участники',
  expectedResult: 'Ожидаемый результат',
  responsible: 'Ответственный',
  organisation: 'Организатор (ОУ)',
  actualDate: 'Фактическая дата',
  participants: 'Число участников',
  actualContent: 'Что проведено фактически',
  deviationReason: 'Причины отклонения',
  managementAction: 'Управленческие действия',
}

export const ItemStatus = {
  planned: 'planned',
  done: 'done',
  moved: 'moved',
  cancelled: 'cancelled',
} as const
export type ItemStatus = (typeof ItemStatus)[keyof typeof ItemStatus]

export const itemStatuses: readonly ItemStatus[] = Object.values(ItemStatus)

export const statusLabels: Record<ItemStatus, string> = {
  planned: 'Запланировано',
  done: 'Проведено',
  moved: 'Перенесено',
  cancelled: 'Отменено',
}

export function isItemStatus (value: unknown): value is ItemStatus {
  return typeof value === 'string' && (itemStatuses as readonly string[]).includes(value)
}

export const NodeKind = {
  section: 'section',
  /** An unnumbered full-width row inside a section («Семинары по отдельным направлениям»): never numbered. */
  subheading: 'subheading',
  item: 'item',
} as const
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind]
