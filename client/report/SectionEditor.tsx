import { useCallback, useEffect, useRef } from 'react'
import { EditorContent, useEditor, type Editor } from '@tiptap/react'
import type * as Y from 'yjs'
import { SelectionAnnotateButton } from '../review/report/SelectionAnnotateButton'
import { useReview } from '../review/ReviewProvider'
import type { DocConnection } from '../sync/DocConnection'
import type { PresenceUser } from '../sync/useDocConnection'
import { reportExtensions } from './reportExtensions'

export interface SectionEditorProps {
  fragment: Y.XmlFragment
  /** The report section this body belongs to (annotations are anchored per section). */
  sectionId: string
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
 * fragment, with everyone's carets and the open annotation threads
 * highlighted. Read-only roles get `editable: false` and the same binding
 * as the notes editor, which renders the document without writing to it.
 */
export function SectionEditor ({ fragment, sectionId, connection, user, readOnly, label, onFocusEditor, onEditorGone }: SectionEditorProps) {
  const { annotationsDoc, canAnnotate, openThread } = useReview()
  const frame = useRef<HTMLDivElement>(null)
  // The editor is built once per binding; a click on a highlight reaches the current callback.
  const open = useRef(openThread)
  open.current = openThread
  const onOpen = useCallback((id: string) => open.current(id), [])
  const editor = useEditor({
    editable: !readOnly,
    extensions: reportExtensions({
      fragment, provider: connection.provider, user, annotations: { annotations: annotationsDoc, sectionId, onOpen }, pasteSplit: { doc: connection.doc, sectionId },
    }),
    editorProps: {
      attributes: { 'aria-label': label, 'data-testid': 'section-editor', class: 'section-editor__content' },
    },
    onFocus: ({ editor: focused }) => onFocusEditor(focused),
  }, [fragment, connection, readOnly, user.login, user.name, user.color, annotationsDoc, sectionId])

  useEffect(() => {
    if (!editor) return
    return () => onEditorGone(editor)
  }, [editor, onEditorGone])

  return (
    <div ref={frame} className="section-editor-frame">
      <EditorContent editor={editor} className="section-editor" />
      {editor && canAnnotate && <SelectionAnnotateButton editor={editor} sectionId={sectionId} frame={frame} />}
    </div>
  )
}
