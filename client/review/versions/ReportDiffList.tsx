import type { VersionDiff } from '../../../shared/review/versionModel'
import { reviewStrings } from '../reviewStrings'

const s = reviewStrings.versions

/** Report paragraphs added and removed, section by section. */
export function ReportDiffList ({ report }: { report: VersionDiff['report'] }) {
  return (
    <div className="version-diff__report">
      {report.map(section => (
        <section key={section.sectionId} className="diff-section" data-testid="diff-report-section">
          <h5>{section.number}. {section.title}</h5>
          {section.added.map((text, index) => <p key={`a${index}`} className="diff-line is-added"><span className="diff-tag">{s.added}</span> <ins>{text}</ins></p>)}
          {section.removed.map((text, index) => <p key={`r${index}`} className="diff-line is-removed"><span className="diff-tag">{s.removed}</span> <del>{text}</del></p>)}
        </section>
      ))}
    </div>
  )
}
