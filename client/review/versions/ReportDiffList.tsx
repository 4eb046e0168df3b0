import type { VersionDiff } from '../../../shared/review/versionModel'
import { reviewStrings } from '../reviewStrings'
import { ChangeBy } from './ChangeBy'

const s = reviewStrings.versions

/** Report text section by section, word by word: deleted words struck through, inserted ones marked. */
export function ReportDiffList ({ report }: { report: VersionDiff['report'] }) {
  return (
    <div className="version-diff__report">
      {report.map(section => (
        <section key={section.sectionId} className="diff-section" data-testid="diff-report-section">
          <h5>{section.number}. {section.title}</h5>
          <ChangeBy by={section.by} />
          {section.words
            ? (
              <p className="diff-words" data-testid="diff-report-words">
                {section.words.map((part, index) => part.type === 'added'
                  ? <ins key={index} className="diff-word is-added">{part.text}</ins>
                  : part.type === 'removed'
                    ? <del key={index} className="diff-word is-removed">{part.text}</del>
                    : <span key={index}>{part.text}</span>)}
              </p>
              )
            : (
              <>
                {section.added.map((text, index) => <p key={`a${index}`} className="diff-line is-added"><span className="diff-tag">{s.added}</span> <ins>{text}</ins></p>)}
                {section.removed.map((text, index) => <p key={`r${index}`} className="diff-line is-removed"><span className="diff-tag">{s.removed}</span> <del>{text}</del></p>)}
              </>
              )}
        </section>
      ))}
    </div>
  )
}
