import { organisationTypeLabels, OrganisationType } from '../../shared/registry/registryDoc'
import type { ImportedRegistry } from '../../shared/registry/importRegistryText'
import type { RegistryImportPlan } from '../../shared/registry/planRegistryImport'
import { organisationKey } from '../../shared/registry/organisationKey'
import { registryStrings } from './registryStrings'

export interface RegistryImportPreviewProps {
  imported: ImportedRegistry
  plan: RegistryImportPlan
}

function statusText (status: { status: string; topic?: string; period?: string }): string {
  const topic = status.topic ? `: «${status.topic}»` : ''
  const period = status.period ? ` (${status.period})` : ''
  return `${status.status || '?'}${topic}${period}`
}

/** What the import will do: the organisations as read, those already in the registry marked, and the problems by line. */
export function RegistryImportPreview ({ imported, plan }: RegistryImportPreviewProps) {
  const s = registryStrings.importDialog
  const c = registryStrings.columns
  const existing = new Set([...plan.extend, ...plan.unchanged.map(shortName => ({ shortName }))].map(org => organisationKey(org.shortName)))
  return (
    <div className="registry-import__preview" data-testid="import-registry-preview">
      <p className="registry-import__summary" role="status" data-testid="import-registry-summary">
        {s.summary(plan.create.length, plan.extend.length, plan.unchanged.length)}
      </p>
      <div className="table-wrap registry-import__table">
        <table className="table" aria-label={s.previewLabel}>
          <thead>
            <tr><th scope="col">{s.line}</th><th scope="col">{c.shortName}</th><th scope="col">{c.type}</th><th scope="col">{c.statuses}</th></tr>
          </thead>
          <tbody>
            {imported.organisations.map((organisation, index) => (
              <tr key={index} data-testid="import-registry-row">
                <td className="muted">{imported.lines[index]}</td>
                <td>
                  {organisation.shortName}
                  {existing.has(organisationKey(organisation.shortName)) ? <span className="registry-import__existing"> — {s.existing}</span> : null}
                </td>
                <td>{organisationTypeLabels[organisation.type ?? OrganisationType.other]}</td>
                <td>{(organisation.statuses ?? []).map(statusText).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {imported.problems.length > 0
        ? (
          <>
            <p className="registry-import__problems-title">{s.problemsTitle(imported.problems.length)}</p>
            <ul className="registry-import__problems" data-testid="import-registry-problems">
              {imported.problems.map((problem, index) => (
                <li key={index}>
                  {s.problem(problem.line, problem.message)} <q className="muted">{problem.text}</q>
                </li>
              ))}
            </ul>
          </>
          )
        : null}
    </div>
  )
}
