import { useState } from 'react'
import type * as Y from 'yjs'
import { createReportSection, deleteReportSection } from '../../shared/report/reportDoc'
import { displayNumber, type OutlineEntry } from './reportOutline'
import { reportStrings } from './reportStrings'
import { indentSection, moveSectionDown, moveSectionUp, outdentSection } from './sectionMoves'

export interface SectionActionsProps {
  entry: OutlineEntry
  doc: Y.Doc
  /** A section was created: the workspace scrolls to it and focuses its title. */
  onCreated: (id: string) => void
}

const s = reportStrings.sections

/** An editor's controls for one section: move, indent, add a sub-section, remove (asked once more). */
export function SectionActions ({ entry, doc, onCreated }: SectionActionsProps) {
  const [confirming, setConfirming] = useState(false)
  const number = displayNumber(entry)
  if (confirming) {
    return (
      <div className="section-actions section-actions--confirm" role="alertdialog" aria-label={s.confirmRemove(number, entry.childCount > 0)}>
        <span>{s.confirmRemove(number, entry.childCount > 0)}</span>
        <button type="button" className="button button--danger" data-testid="section-remove-confirm" onClick={() => deleteReportSection(doc, entry.id)}>{s.confirmYes}</button>
        <button type="button" className="button button--secondary" autoFocus onClick={() => setConfirming(false)}>{s.confirmNo}</button>
      </div>
    )
  }
  return (
    <div className="section-actions" role="group" aria-label={s.actionsLabel(number)}>
      <button type="button" className="icon-button" title={s.up} aria-label={s.up} disabled={entry.index === 0} onClick={() => moveSectionUp(doc, entry.id)}>↑</button>
      <button type="button" className="icon-button" title={s.down} aria-label={s.down} disabled={entry.index >= entry.siblingCount - 1} onClick={() => moveSectionDown(doc, entry.id)}>↓</button>
      <button type="button" className="icon-button" title={s.outdent} aria-label={s.outdent} disabled={entry.parentId === null} onClick={() => outdentSection(doc, entry.id)}>←</button>
      <button type="button" className="icon-button" title={s.indent} aria-label={s.indent} disabled={entry.index === 0} onClick={() => indentSection(doc, entry.id)}>→</button>
      <button
        type="button"
        className="icon-button"
        title={s.addChild}
        aria-label={s.addChild}
        data-testid="section-add-child"
        onClick={() => onCreated(createReportSection(doc, { title: s.newTitle, parentId: entry.id }))}
      >+</button>
      <button type="button" className="icon-button icon-button--danger" title={s.remove} aria-label={s.remove} data-testid="section-remove" onClick={() => setConfirming(true)}>×</button>
    </div>
  )
}
