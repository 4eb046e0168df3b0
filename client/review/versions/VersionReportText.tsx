import type { ReportSectionSnapshot } from '../../../shared/report/reportSnapshot'
import { reviewStrings } from '../reviewStrings'
import { reportBlocks, type ReportBlockSources } from './reportBlocks'

export interface VersionReportTextProps {
  sections: readonly ReportSectionSnapshot[]
  /** Where typed and generated tables get their rows. */
  sources?: (sectionId: string) => ReportBlockSources
}

/** A version's report sections, numbered as printed: text as paragraphs, tables as tables. */
export function VersionReportText ({ sections, sources }: VersionReportTextProps) {
  if (sections.length === 0) return <p className="muted">{reviewStrings.versions.reportEmpty}</p>
  return (
    <div className="version-report">
      {sections.map(section => (
        <section key={section.id} className="version-report__section" data-testid="version-report-section">
          <h4 className="version-report__title">{section.number}. {section.title}</h4>
          {reportBlocks(section.body, sources?.(section.id)).map((block, index) => {
            if (block.kind === 'text') return <p key={index}>{block.text}</p>
            if (block.kind === 'generated') return <p key={index} className="muted">{reviewStrings.versions.generatedBlock}</p>
            return (
              <table key={index} className="version-report__table" data-testid="version-report-table">
                {block.title && <caption>{block.title}</caption>}
                {block.header.length > 0 && <thead><tr>{block.header.map((cell, i) => <th key={i} scope="col">{cell}</th>)}</tr></thead>}
                <tbody>{block.rows.map((row, r) => <tr key={r}>{row.map((cell, c) => <td key={c}>{cell}</td>)}</tr>)}</tbody>
              </table>
            )
          })}
          {section.children.length > 0 && <VersionReportText sections={section.children} sources={sources} />}
        </section>
      ))}
    </div>
  )
}
