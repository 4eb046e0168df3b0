import { useEffect, useRef } from 'react'
import type { Editor } from '@tiptap/react'
import { sectionBody, sectionTitle } from '../../shared/report/reportDoc'
import type { DocConnection } from '../sync/DocConnection'
import type { PresenceUser } from '../sync/useDocConnection'
import { YTextField } from '../sync/YTextField'
import { LazySectionBody } from './LazySectionBody'
import { displayNumber, sectionElementId, type OutlineEntry } from './reportOutline'
import { reportStrings } from './reportStrings'
import { SectionActions } from './SectionActions'

export interface ReportSectionProps {
  entry: OutlineEntry
  connection: DocConnection
  user: PresenceUser
  canWrite: boolean
  /** Focus the title once mounted (a section just added by this user). */
  focusTitle: boolean
  onEnter: (id: string) => void
  onCreated: (id: string) => void
  onFocusEditor: (editor: Editor) => void
  onEditorGone: (editor: Editor) => void
}

/** One section of the long report: its number, its live title, editors' controls, and its body. */
export function ReportSection ({ entry, connection, user, canWrite, focusTitle, onEnter, onCreated, onFocusEditor, onEditorGone }: ReportSectionProps) {
  const title = sectionTitle(entry.section)
  const body = sectionBody(entry.section)
  const number = displayNumber(entry)
  const titleField = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null)

  useEffect(() => {
    if (!focusTitle || !titleField.current) return
    titleField.current.scrollIntoView({ block: 'center' })
    titleField.current.focus()
    titleField.current.select()
  }, [focusTitle])

  return (
    <section
      id={sectionElementId(entry.id)}
      className={`report-section report-section--depth-${Math.min(entry.depth, 2)}`}
      data-testid="report-section"
      data-section-id={entry.id}
      data-number={entry.number}
      // Focus anywhere in the section (title, text, a table cell) says «I am working here».
      onFocus={() => onEnter(entry.id)}
    >
      <div className="report-section__heading" role="heading" aria-level={Math.min(entry.depth + 2, 6)}>
        <span className="report-section__number">{number}</span>
        {title && (
          <YTextField
            text={title}
            readOnly={!canWrite}
            className="report-section__title"
            data-testid="section-title"
            aria-label={reportStrings.sectionTitleLabel(number)}
            placeholder={reportStrings.untitled}
            inputRef={element => { titleField.current = element }}
          />
        )}
        {canWrite && <SectionActions entry={entry} doc={connection.doc} onCreated={onCreated} />}
      </div>
      {body && (
        <LazySectionBody
          fragment={body}
          sectionId={entry.id}
          connection={connection}
          user={user}
          readOnly={!canWrite}
          label={reportStrings.sectionEditorLabel(number)}
          onFocusEditor={onFocusEditor}
          onEditorGone={onEditorGone}
        />
      )}
    </section>
  )
}
