/**
 * Names who made each change of a comparison: authorship keeps, per person
 * and minute, the parts of the documents they changed (touchedParts.ts), so
 * every plan item and report section of a diff gets the people who changed
 * it between its two ends, with the last minute each of them did.
 */
import { planPart, reportSectionPart } from './partNames'
import type { ChangeAuthor, VersionDiff } from './versionModel'

/** One person's minute of edits, as the store answers it. */
export interface AuthoredMinute {
  login: string
  at: Date
  parts: readonly string[]
}

export function attributeDiff (diff: VersionDiff, minutes: readonly AuthoredMinute[], nameOf: (login: string) => string): VersionDiff {
  const latest = new Map<string, Map<string, Date>>()
  for (const { login, at, parts } of minutes) {
    for (const part of parts) {
      const people = latest.get(part) ?? new Map<string, Date>()
      const known = people.get(login)
      if (!known || known < at) people.set(login, at)
      latest.set(part, people)
    }
  }
  const by = (part: string): ChangeAuthor[] => [...(latest.get(part) ?? new Map<string, Date>())]
    .sort(([a, x], [b, y]) => y.getTime() - x.getTime() || (a < b ? -1 : 1))
    .map(([login, at]) => ({ login, name: nameOf(login), at: at.toISOString() }))
  const plan = <T extends { id: string }>(entries: T[]) => entries.map(entry => ({ ...entry, by: by(planPart(entry.id)) }))
  return {
    ...diff,
    plan: {
      added: plan(diff.plan.added),
      removed: plan(diff.plan.removed),
      changed: plan(diff.plan.changed),
      ...(diff.plan.moved ? { moved: plan(diff.plan.moved) } : {}),
    },
    report: diff.report.map(entry => ({ ...entry, by: by(reportSectionPart(entry.sectionId)) })),
  }
}
