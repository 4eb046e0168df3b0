import type { Extensions } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { TableKit } from '@tiptap/extension-table'
import StarterKit from '@tiptap/starter-kit'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { AnnotationHighlights, type AnnotationHighlightsOptions } from '../review/report/annotationHighlights'
import { guardYBinding } from '../sync/guardYBinding'
import type { PresenceUser } from '../sync/useDocConnection'
import { CaptionNode } from './nodes/CaptionNode'
import { FootnoteNode } from './nodes/FootnoteNode'
import { GeneratedBlockNode } from './nodes/GeneratedBlockNode'
import { TypedTableNode } from './nodes/TypedTableNode'
import { PasteSplitExtension } from './PasteSplitExtension'
import { ReadOnlyGuard } from './readOnlyGuard'
import { isSafeHref } from './safeHref'

export interface ReportExtensionOptions {
  /** The section's body. */
  fragment: Y.XmlFragment
  provider: WebsocketProvider
  user: PresenceUser
  /** Highlights of open annotation threads on this section (decorations only: they never write). */
  annotations?: AnnotationHighlightsOptions
  /** The report document and this section: pasted HTML with headings may become sections after it. */
  pasteSplit?: { doc: Y.Doc; sectionId: string }
}

/**
 * The schema of a section body. Everything pasted passes through it: HTML the
 * schema does not describe (scripts, styles, event attributes, iframes) is
 * dropped by ProseMirror's parser, and the one attribute that could carry
 * script, a link's href, is limited to http, https and mailto both when it is
 * parsed and when it is rendered (a modified client could write any href
 * straight into the Yjs document).
 */
export function reportExtensions ({ fragment, provider, user, annotations, pasteSplit }: ReportExtensionOptions): Extensions {
  guardYBinding()
  return [
    StarterKit.configure({
      // Collaboration brings its own undo that only undoes this user's changes.
      undoRedo: false,
      // H1/H2 are the report's own section headings; inside a section, two levels.
      heading: { levels: [3, 4] },
      // A trailing paragraph after a closing table would be added by every
      // editor that opens the section; the gap cursor reaches that spot instead.
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: url => isSafeHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
    }),
    // Column resizing writes widths on drag; the report's tables are laid out by the exports.
    TableKit.configure({ table: { resizable: false } }),
    GeneratedBlockNode,
    TypedTableNode,
    CaptionNode,
    FootnoteNode,
    ReadOnlyGuard,
    Collaboration.configure({ fragment }),
    // The caret extension owns the awareness 'user' field: keep the login in it for the presence list.
    CollaborationCaret.configure({ provider, user: { ...user } }),
    ...(annotations ? [AnnotationHighlights.configure(annotations)] : []),
    ...(pasteSplit ? [PasteSplitExtension.configure(pasteSplit)] : []),
  ]
}
