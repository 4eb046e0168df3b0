/**
 * Problems in a plan, shown inline on the cell and counted in «Проблемы».
 * Validation never blocks typing and never changes text: it reads the
 * snapshot and reports. The same function runs on the client (live) and on
 * the server (before agreement and export).
 */
import type { AcademicYear } from '../academicYear'
import { parseTiming } from '../timing/parseTiming'
import { isInYearWindow } from '../timing/yearMonth'
import { NodeKind, type PlanTextField } from './planFields'
import { participantsSchema, readExactDate } from './planSchemas'
import type { PlanNode, PlanSnapshot } from './planSnapshot'

export interface PlanProblem {
  nodeId: string
  field: PlanTextField | null
  /** Errors block agreement; warnings are for attention only. */
  severity: 'error' | 'warning'
  message: string
}

export function validatePlan (snapshot: PlanSnapshot, year: AcademicYear): PlanProblem[] {
  const problems: PlanProblem[] = []
  const sourceNumbers = new Map<string, string[]>()
  const visit = (node: PlanNode) => {
    validateNode(node, year, problems)
    if (node.sourceNumber && node.kind === NodeKind.item) {
      // Sources often restart «1., 2., …» in each section: a number repeats only among siblings.
      const key = `${node.parentId}\n${node.sourceNumber.replace(/\.$/, '')}`
      sourceNumbers.set(key, [...(sourceNumbers.get(key) ?? []), node.id])
    }
    node.children.forEach(visit)
  }
  snapshot.sections.forEach(visit)
  for (const orphan of snapshot.orphans) {
    problems.push({ nodeId: orphan.id, field: null, severity: 'error', message: 'Пункт оказался вне разделов (раздел удалён одновременно с правкой). Перенесите его в раздел.' })
  }
  for (const [key, ids] of sourceNumbers) {
    if (ids.length < 2) continue
    const number = key.split('\n')[1]
    for (const id of ids) problems.push({ nodeId: id, field: null, severity: 'warning', message: `Номер «${number}» повторяется в исходном документе.` })
  }
  return problems
}

function validateNode (node: PlanNode, year: AcademicYear, problems: PlanProblem[]): void {
  const add = (field: PlanTextField | null, severity: PlanProblem['severity'], message: string) =>
    problems.push({ nodeId: node.id, field, severity, message })
  if (node.fields.title.trim() === '') {
    add('title', 'error', node.kind === NodeKind.section ? 'Не указано название раздела.' : node.kind === NodeKind.subheading ? 'Не указан текст подзаголовка.' : 'Не указано наименование мероприятия.')
  }
  if (node.kind !== NodeKind.item) return

  const timing = node.fields.timing
  if (timing.trim() === '') add('timing', 'warning', 'Не указаны сроки проведения.')
  else {
    const schedule = parseTiming(timing, year)
    if (schedule.unparsed) add('timing', 'warning', 'Срок не распознан: пункт показан в «Без срока».')
    else if (schedule.outOfYear) add('timing', 'error', schedule.warnings[0] ?? 'Срок выходит за пределы учебного года.')
  }

  if (node.reviewTiming) add('timing', 'warning', 'Даты перенесены из прошлого учебного года: проверьте срок.')

  const participants = participantsSchema.safeParse(node.fields.participants)
  if (!participants.success) add('participants', 'error', participants.error.issues[0]?.message ?? 'Некорректное число участников.')

  const actualDate = node.fields.actualDate.trim()
  if (actualDate !== '') {
    const day = readExactDate(actualDate, year)
    if (day) {
      if (!isInYearWindow(day.slice(0, 7), year)) add('actualDate', 'error', 'Фактическая дата вне учебного года.')
    } else {
      // A recurring event's fact is a phrase («в течение года», «октябрь, март»):
      // kept as typed when it reads as a time within the year, like a timing.
      const phrase = parseTiming(actualDate, year)
      if (phrase.unparsed) add('actualDate', 'error', 'Фактическая дата указывается как «15.09.2023», «15 сентября» или словами: «в течение года».')
      else if (phrase.outOfYear) add('actualDate', 'error', 'Фактическая дата вне учебного года.')
    }
  }
}
