import { useEditor, EditorContent } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import type { DocConnection } from '../../sync/DocConnection'
import type { PresenceUser } from '../../sync/useDocConnection'
import { boardNotesFragment } from '../../../shared/board/boardDocs'
import { GlyphLabel } from '../../components/GlyphLabel'
import { liveStrings } from './liveStrings'

export interface NotesEditorProps {
  connection: DocConnection
  user: PresenceUser
  readOnly: boolean
}

/** The team's notes: collaborative rich text with everyone's caret and name. */
export function NotesEditor ({ connection, user, readOnly }: NotesEditorProps) {
  const editor = useEditor({
    editable: !readOnly,
    extensions: [
      // Collaboration brings its own undo that only undoes this user's changes.
      StarterKit.configure({ undoRedo: false }),
      Collaboration.configure({ fragment: boardNotesFragment(connection.doc) }),
      // The caret extension owns the awareness 'user' field: keep the login in it for the presence list.
      CollaborationCaret.configure({ provider: connection.provider, user: { ...user } }),
    ],
    editorProps: {
      attributes: { 'aria-label': liveStrings.notesLabel, 'data-testid': 'notes-editor', class: 'notes-editor__content' },
    },
  }, [connection, readOnly])

  return (
    <div className="notes-editor">
      {!readOnly && editor && (
        <div className="notes-toolbar" role="toolbar" aria-label={liveStrings.notesLabel}>
          <button type="button" className="button button--secondary" title={liveStrings.toolbar.bold} aria-pressed={editor.isActive('bold')} onClick={() => editor.chain().focus().toggleBold().run()}><GlyphLabel glyph={<b>Ж</b>} label={liveStrings.toolbar.bold} /></button>
          <button type="button" className="button button--secondary" title={liveStrings.toolbar.italic} aria-pressed={editor.isActive('italic')} onClick={() => editor.chain().focus().toggleItalic().run()}><GlyphLabel glyph={<i>К</i>} label={liveStrings.toolbar.italic} /></button>
          <button type="button" className="button button--secondary" title={liveStrings.toolbar.bulletList} onClick={() => editor.chain().focus().toggleBulletList().run()}><GlyphLabel glyph="•" label={liveStrings.toolbar.bulletList} /></button>
          <button type="button" className="button button--secondary" title={liveStrings.toolbar.orderedList} onClick={() => editor.chain().focus().toggleOrderedList().run()}><GlyphLabel glyph="1." label={liveStrings.toolbar.orderedList} /></button>
          <button type="button" className="button button--secondary" title={liveStrings.toolbar.undo} onClick={() => editor.chain().focus().undo().run()}><GlyphLabel glyph="↶" label={liveStrings.toolbar.undo} /></button>
          <button type="button" className="button button--secondary" title={liveStrings.toolbar.redo} onClick={() => editor.chain().focus().redo().run()}><GlyphLabel glyph="↷" label={liveStrings.toolbar.redo} /></button>
        </div>
      )}
      <EditorContent editor={editor} />
    </div>
  )
}
