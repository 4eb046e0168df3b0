/**
 * The board's Yjs layout for the core fields. Each concern is its own Y.Doc
 * (names in BoardDocuments); this file owns the keys inside the plan document
 * that hold the board's live title and notes.
 *
 * Both are root-level types on purpose: a root type exists on every peer
 * without being created, so two people typing at once can never race to
 * create it (a nested Y.Text set concurrently into a map keeps only one of
 * the two, and the other person's letters are lost).
 */
import * as Y from 'yjs'

export const PlanDocKey = {
  /** Y.Text: the board's live title. */
  title: 'title',
  /** Y.XmlFragment: free notes of the team, edited with TipTap. */
  notes: 'notes',
} as const

export function boardTitleText (doc: Y.Doc): Y.Text {
  return doc.getText(PlanDocKey.title)
}

export function boardNotesFragment (doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(PlanDocKey.notes)
}
