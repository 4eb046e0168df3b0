import type { ReportSectionSnapshot } from '../../../shared/report/reportSnapshot'
import { reviewStrings } from '../reviewStrings'
import { reportBlocks } from './reportBlocks'

const blockLabels = { table: reviewStrings.versions.tableBlock, generated: reviewStrings.versions.generatedBlock } as const

/** A version's report sections as text, numbered as printed. */
export function VersionReportText ({ sections }: { sections: readonly ReportSectionSnapshot[] }) {
  if (sections.length === 0) return <p className="muted">{reviewStrings.versions.reportEmpty}</p>
  return (
    <div className="version-report">
      {sections.map(section => (
        <section key={section.id} className="version-report__section" data-testid="version-report-section">
          <h4 className="version-report__title">{section.number}. {section.title}</h4>
          {reportBlocks(section.body).map((block, index) => block.kind === 'text'
            ? <p key={index}>{block.text}</p>
            : <p key={index} className="muted">{blockLabels[block.kind]}</p>)}
          {section.children.length > 0 && <VersionReportText sections={section.children} />}
        </section>
      ))}
    </div>
  )
}
