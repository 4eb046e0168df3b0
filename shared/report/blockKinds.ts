/**
 * Kinds of the report's generated blocks. The report document stores only a
 * block's kind and parameters; its content is computed from the plan and the
 * registry wherever it is shown or exported (shared/report/generate/).
 */
export const GeneratedBlockKind = {
  /** «Проведённые мероприятия»: done events with date, audience, participants, by section. */
  eventsHeld: 'events-held',
  /** «План и факт»: every planned event, what was done, reason for deviation, management action. */
  planVsFact: 'plan-vs-fact',
  /** «Инновационная инфраструктура»: organisations by status with topics, and the share with a status. */
  infrastructure: 'infrastructure',
  /** «Показатели эффективности»: indicator | count | share %, and dynamics over years. */
  indicators: 'indicators',
  /** Totals by section: held, participants, cancelled, moved. */
  totals: 'totals',
} as const
export type GeneratedBlockKind = (typeof GeneratedBlockKind)[keyof typeof GeneratedBlockKind]
export const generatedBlockKinds: readonly GeneratedBlockKind[] = Object.values(GeneratedBlockKind)

export const generatedBlockTitles: Record<GeneratedBlockKind, string> = {
  'events-held': 'Проведённые мероприятия',
  'plan-vs-fact': 'План и факт',
  infrastructure: 'Инновационная инфраструктура',
  indicators: 'Показатели эффективности',
  totals: 'Итоги по разделам плана',
}

/** Where a block's numbers come from: the plan (events, outcomes) or the registry (organisations, indicators). */
export const GeneratedBlockSource = { plan: 'plan', registry: 'registry' } as const
export type GeneratedBlockSource = (typeof GeneratedBlockSource)[keyof typeof GeneratedBlockSource]

export const generatedBlockSources: Record<GeneratedBlockKind, GeneratedBlockSource> = {
  'events-held': GeneratedBlockSource.plan,
  'plan-vs-fact': GeneratedBlockSource.plan,
  infrastructure: GeneratedBlockSource.registry,
  indicators: GeneratedBlockSource.registry,
  totals: GeneratedBlockSource.plan,
}

/** Parameters of a generated block (JSON in the document). */
export interface GeneratedBlockParams {
  /** Limit to one plan section (its id); all sections when absent. */
  section?: string
}

export function isGeneratedBlockKind (value: unknown): value is GeneratedBlockKind {
  return typeof value === 'string' && (generatedBlockKinds as readonly string[]).includes(value)
}
