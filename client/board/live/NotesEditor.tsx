import { useEditor, EditorContent } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import type { DocConnection } from '../../sync/DocConnection'
import type { PresenceUser } from '../../sync/useDocConnection'
import { boardNotesFragment } from '../../../shared/board/boardDocs'
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
          <button type="button" className="button button--secondary" title={liveStrings.toolbar.bold} aria-pressed={editor.isActive('bold')} onClick={() => editor.chain().focus().toggleBold().run()}><b>Ж</b></button>
          <button type="button" className="button button--secondary" title={liveStrings.toolbar.italic} aria-pressed={editor.isActive('italic')} onClick={() => editor.chain().focus().toggleItalic().run()}><i>К</i></button>
          <button type="button" className="button button--secondary" title={liveStrings.toolbar.bulletList} onClick={() => editor.chain().focus().toggleBulletList().run()}>•</button>
          <button type="button" className="button button--secondary" title={liveStrings.toolbar.orderedList} onClick={() => editor.chain().focus().toggleOrderedList().run()}>1.</button>
          <button type="button" className="button button--secondary" title={liveStrings.toolbar.undo} onClick={() => editor.chain().focus().undo().run()}>↶</button>
          <button type="button" className="button button--secondary" title={liveStrings.toolbar.redo} onClick={() => editor.chain().focus().redo().run()}>↷</button>
        </div>
      )}
      <EditorContent editor={editor} />
    </div>
  )
}
