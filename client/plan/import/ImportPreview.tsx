import type { ImportedPlan } from '../../../shared/plan/importedPlan'
import { importedItemCount } from './importedItemCount'
import { planStrings } from '../table/planStrings'

/** What «Добавить в план» would add, and every guess the import made, line by line. */
export function ImportPreview ({ plan }: { plan: ImportedPlan }) {
  const text = planStrings.import
  const items = importedItemCount(plan)
  return (
    <section className="plan-import__preview" data-testid="import-preview" aria-label={text.preview}>
      {plan.title && <p className="plan-import__title">{text.planTitle(plan.title)}</p>}
      <p className="plan-import__counts" data-testid="import-counts">
        {plan.sections.length > 0 ? text.counts(plan.sections.length, items) : text.noSections}
      </p>
      {plan.problems.length > 0 && (
        <>
          <p className="plan-import__problems-title">{text.problems(plan.problems.length)}</p>
          <ol className="plan-import__problems" data-testid="import-problems">
            {plan.problems.map((problem, index) => (
              <li key={index} title={problem.text}>{text.problemLine(problem.line, problem.message)}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
