import { useEffect } from 'react'
import { EditorContent, useEditor, type Editor } from '@tiptap/react'
import type * as Y from 'yjs'
import type { DocConnection } from '../sync/DocConnection'
import type { PresenceUser } from '../sync/useDocConnection'
import { reportExtensions } from './reportExtensions'

export interface SectionEditorProps {
  fragment: Y.XmlFragment
  connection: DocConnection
  user: PresenceUser
  readOnly: boolean
  label: string
  /** The shared toolbar acts on the editor focused last. */
  onFocusEditor: (editor: Editor) => void
  onEditorGone: (editor: Editor) => void
}

/**
 * One section's body: collaborative rich text bound to the section's own
 * fragment, with everyone's carets. Read-only roles get `editable: false` and
 * the same binding as the notes editor, which renders the document without
 * writing to it.
 */
export function SectionEditor ({ fragment, connection, user, readOnly, label, onFocusEditor, onEditorGone }: SectionEditorProps) {
  const editor = useEditor({
    editable: !readOnly,
    extensions: reportExtensions({ fragment, provider: connection.provider, user }),
    editorProps: {
      attributes: { 'aria-label': label, 'data-testid': 'section-editor', class: 'section-editor__content' },
    },
    onFocus: ({ editor: focused }) => onFocusEditor(focused),
  }, [fragment, connection, readOnly, user.login, user.name, user.color])

  useEffect(() => {
    if (!editor) return
    return () => onEditorGone(editor)
  }, [editor, onEditorGone])

  return <EditorContent editor={editor} className="section-editor" />
}
