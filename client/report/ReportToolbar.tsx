import { useEditorState, type Editor } from '@tiptap/react'
import { InsertBlockMenu } from './InsertBlockMenu'
import { LinkIcon } from './LinkIcon'
import { InsertTableMenu } from './InsertTableMenu'
import { reportStrings } from './reportStrings'
import { isSafeHref } from './safeHref'
import { ToolbarButton } from './ToolbarButton'

const t = reportStrings.toolbar

/** One toolbar for the whole report, acting on the section editor focused last. Shown to editors only. */
export function ReportToolbar ({ editor }: { editor: Editor | null }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => current
      ? {
          heading3: current.isActive('heading', { level: 3 }),
          heading4: current.isActive('heading', { level: 4 }),
          bold: current.isActive('bold'),
          italic: current.isActive('italic'),
          underline: current.isActive('underline'),
          bulletList: current.isActive('bulletList'),
          orderedList: current.isActive('orderedList'),
          link: current.isActive('link'),
          table: current.isActive('table'),
          canUndo: current.can().undo(),
          canRedo: current.can().redo(),
        }
      : null,
  })
  const chain = () => editor!.chain().focus()
  const off = !editor || !state

  const editLink = () => {
    if (!editor) return
    const current = editor.getAttributes('link').href as string | undefined
    const href = window.prompt(t.linkPrompt, current ?? 'https://')
    if (href === null) return
    if (href.trim() === '') {
      chain().extendMarkRange('link').unsetLink().run()
      return
    }
    if (!isSafeHref(href)) {
      window.alert(t.linkRefused)
      return
    }
    chain().extendMarkRange('link').setLink({ href: href.trim() }).run()
  }

  return (
    <div className="report-toolbar" role="toolbar" aria-label={t.label} data-testid="report-toolbar">
      <div className="report-toolbar__group">
        <ToolbarButton label={t.paragraph} disabled={off} onClick={() => chain().setParagraph().run()}>¶</ToolbarButton>
        <ToolbarButton label={t.heading3} disabled={off} pressed={state?.heading3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>З</ToolbarButton>
        <ToolbarButton label={t.heading4} disabled={off} pressed={state?.heading4} onClick={() => chain().toggleHeading({ level: 4 }).run()}>П</ToolbarButton>
      </div>
      <div className="report-toolbar__group">
        <ToolbarButton label={t.bold} disabled={off} pressed={state?.bold} onClick={() => chain().toggleBold().run()}><b>Ж</b></ToolbarButton>
        <ToolbarButton label={t.italic} disabled={off} pressed={state?.italic} onClick={() => chain().toggleItalic().run()}><i>К</i></ToolbarButton>
        <ToolbarButton label={t.underline} disabled={off} pressed={state?.underline} onClick={() => chain().toggleUnderline().run()}><u>Ч</u></ToolbarButton>
        <ToolbarButton label={t.link} disabled={off} pressed={state?.link} onClick={editLink}><LinkIcon /></ToolbarButton>
      </div>
      <div className="report-toolbar__group">
        <ToolbarButton label={t.bulletList} disabled={off} pressed={state?.bulletList} onClick={() => chain().toggleBulletList().run()}>•</ToolbarButton>
        <ToolbarButton label={t.orderedList} disabled={off} pressed={state?.orderedList} onClick={() => chain().toggleOrderedList().run()}>1.</ToolbarButton>
      </div>
      <div className="report-toolbar__group">
        <ToolbarButton label={t.table} disabled={off} onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>▦</ToolbarButton>
        {state?.table && (
          <>
            <ToolbarButton label={t.addRow} onClick={() => chain().addRowAfter().run()}>+≡</ToolbarButton>
            <ToolbarButton label={t.addColumn} onClick={() => chain().addColumnAfter().run()}>+‖</ToolbarButton>
            <ToolbarButton label={t.deleteRow} onClick={() => chain().deleteRow().run()}>−≡</ToolbarButton>
            <ToolbarButton label={t.deleteColumn} onClick={() => chain().deleteColumn().run()}>−‖</ToolbarButton>
            <ToolbarButton label={t.deleteTable} onClick={() => chain().deleteTable().run()}>✕▦</ToolbarButton>
          </>
        )}
      </div>
      <div className="report-toolbar__group">
        <ToolbarButton label={t.undo} disabled={off || !state?.canUndo} onClick={() => chain().undo().run()}>↶</ToolbarButton>
        <ToolbarButton label={t.redo} disabled={off || !state?.canRedo} onClick={() => chain().redo().run()}>↷</ToolbarButton>
      </div>
      <div className="report-toolbar__group report-toolbar__group--menus">
        <InsertBlockMenu editor={editor} />
        <InsertTableMenu editor={editor} />
      </div>
      {off && <span className="report-toolbar__hint">{t.noEditor}</span>}
    </div>
  )
}
