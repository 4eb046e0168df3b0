import { useRef, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { generatedBlockKinds, generatedBlockTitles, type GeneratedBlockKind, type GeneratedBlockParams } from '../../shared/report/blockKinds'
import { ReportNode } from '../../shared/report/reportDoc'
import { closeMenuOnEscape } from './closeMenuOnEscape'
import { insertBlockNode } from './insertBlockNode'
import { useReportContext } from './ReportContext'
import { reportStrings } from './reportStrings'

/**
 * «Вставить блок»: puts a generated block of any kind at the cursor of the
 * editor focused last, optionally limited to one plan section. Only the kind
 * and the parameters go into the document; the content is computed on show.
 */
export function InsertBlockMenu ({ editor }: { editor: Editor | null }) {
  const { input } = useReportContext()
  const [section, setSection] = useState('')
  const menu = useRef<HTMLDetailsElement>(null)
  const planSections = input?.plan.sections ?? []

  const insert = (kind: GeneratedBlockKind) => {
    if (!editor) return
    const params: GeneratedBlockParams = section ? { section } : {}
    insertBlockNode(editor, { type: ReportNode.generatedBlock, attrs: { kind, params: JSON.stringify(params) } })
    if (menu.current) menu.current.open = false
  }

  return (
    <details className="toolbar-menu" ref={menu} onKeyDown={closeMenuOnEscape}>
      <summary className="button button--secondary" data-testid="report-insert-block">{reportStrings.insertBlock.button}</summary>
      <div className="toolbar-menu__panel">
        <p className="toolbar-menu__hint">{reportStrings.insertBlock.hint}</p>
        <label className="toolbar-menu__field">
          <span>{reportStrings.insertBlock.sectionLabel}</span>
          <select value={section} onChange={event => setSection(event.target.value)}>
            <option value="">{reportStrings.insertBlock.wholePlan}</option>
            {planSections.map(node => <option key={node.id} value={node.id}>{`${node.number}. ${node.fields.title}`}</option>)}
          </select>
        </label>
        {generatedBlockKinds.map(kind => (
          <button key={kind} type="button" className="toolbar-menu__item" data-testid="insert-block-kind" data-kind={kind} disabled={!editor} onClick={() => insert(kind)}>
            {generatedBlockTitles[kind]}
          </button>
        ))}
      </div>
    </details>
  )
}
