import { memo, useCallback, useEffect, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { createReportSection, reportTitleText } from '../../shared/report/reportDoc'
import { YTextField } from '../sync/YTextField'
import { useTopBarHeight } from '../hooks/useTopBarHeight'
import type { DocConnection } from '../sync/DocConnection'
import type { PresenceUser } from '../sync/useDocConnection'
import { ReportImportDialog } from './import/ReportImportDialog'
import { reportImportStrings } from './import/reportImportStrings'
import { ReportOutline } from './ReportOutline'
import { sectionElementId } from './reportOutline'
import { ReportSection } from './ReportSection'
import { reportStrings } from './reportStrings'
import { ReportToolbar } from './ReportToolbar'
import { REPORT_SECTION_FIELD } from './useSectionPresence'
import { useReportOutline } from './useReportOutline'

export interface ReportWorkspaceProps {
  boardId: string
  connection: DocConnection
  canWrite: boolean
  me: PresenceUser
}

/**
 * The outline beside the report as one long document. Memoised: the tab
 * above re-renders on every plan change (generated blocks read it through
 * context), and the sections need not.
 */
export const ReportWorkspace = memo(function ReportWorkspace ({ boardId, connection, canWrite, me }: ReportWorkspaceProps) {
  const [importing, setImporting] = useState(false)
  const outline = useReportOutline(connection.doc)
  const [activeEditor, setActiveEditor] = useState<Editor | null>(null)
  const [currentId, setCurrentId] = useState<string | null>(null)
  const [createdId, setCreatedId] = useState<string | null>(null)
  const { awareness } = connection
  const stickyTop = useTopBarHeight()

  const onEnter = useCallback((id: string) => {
    setCurrentId(id)
    // Every awareness change is broadcast to everyone: publish only a real move.
    if ((awareness.getLocalState() as Record<string, unknown> | null)?.[REPORT_SECTION_FIELD] !== id) {
      awareness.setLocalStateField(REPORT_SECTION_FIELD, id)
    }
  }, [awareness])
  // The report stays connected after its tab is left: say we are no longer in a section.
  useEffect(() => () => awareness.setLocalStateField(REPORT_SECTION_FIELD, null), [awareness])

  const onFocusEditor = useCallback((editor: Editor) => setActiveEditor(editor), [])
  const onEditorGone = useCallback((editor: Editor) => setActiveEditor(prev => prev === editor ? null : prev), [])
  const onSelect = useCallback((id: string) => {
    document.getElementById(sectionElementId(id))?.scrollIntoView({ block: 'start' })
  }, [])

  return (
    <div className="report" data-testid="report-tab" style={{ ['--report-sticky-top' as string]: `${stickyTop}px` }}>
      <aside className="report__aside">
        <ReportOutline entries={outline} awareness={awareness} currentId={currentId} onSelect={onSelect} />
      </aside>
      <div className="report__main">
        {/* Read-only roles get no toolbar; the status bar above already says why. */}
        {canWrite && (
          <div className="report__tools">
            <button type="button" className="button button--secondary" data-testid="report-import-open" onClick={() => setImporting(true)}>
              {reportImportStrings.open}
            </button>
          </div>
        )}
        {importing && <ReportImportDialog boardId={boardId} onClose={() => setImporting(false)} />}
        {canWrite && <ReportToolbar editor={activeEditor} />}
        <div className="report__document" aria-label={reportStrings.documentLabel}>
          <label className="field report__title">
            <span className="field__label">{reportStrings.titleLabel}</span>
            {/* The title page's title (brought from Word or typed); empty means the standard «Аналитический отчёт…». */}
            <YTextField text={reportTitleText(connection.doc)} readOnly={!canWrite} multiline placeholder={reportStrings.titlePlaceholder}
              className="field__input" data-testid="report-title" />
          </label>
          {outline.length === 0 && <p className="empty-state">{reportStrings.emptyReport}</p>}
          {outline.map(entry => (
            <ReportSection
              key={entry.id}
              entry={entry}
              connection={connection}
              user={me}
              canWrite={canWrite}
              focusTitle={entry.id === createdId}
              onEnter={onEnter}
              onCreated={setCreatedId}
              onFocusEditor={onFocusEditor}
              onEditorGone={onEditorGone}
            />
          ))}
          {canWrite && (
            <button
              type="button"
              className="button button--secondary report__add-section"
              data-testid="section-add"
              onClick={() => setCreatedId(createReportSection(connection.doc, { title: reportStrings.sections.newTitle }))}
            >
              {reportStrings.sections.add}
            </button>
          )}
        </div>
      </div>
    </div>
  )
})
