import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { planTitleText } from '../../../shared/plan/planDoc'
import { useYTextValue } from '../../sync/useYTextValue'
import { planStrings } from './planStrings'

/**
 * The plan's own title (printed above the table in every export; empty = the
 * form's default), folded into «Заголовок ▾» in the toolbar: it is set once a
 * year, and a row of its own would push the plan down. Typed locally and written on Enter or leaving the field
 * as one change of the differing middle, so someone else's edit at the other
 * end of the title is kept.
 */
export function PlanTitleField ({ doc, canWrite }: { doc: Y.Doc; canWrite: boolean }) {
  const text = planTitleText(doc)
  const value = useYTextValue(text)
  const [draft, setDraft] = useState<string | null>(null)
  useEffect(() => { setDraft(null) }, [value])

  const commit = () => {
    if (draft === null || draft === value) return
    let start = 0
    while (start < draft.length && start < value.length && draft[start] === value[start]) start++
    let end = 0
    while (end < draft.length - start && end < value.length - start && draft[draft.length - 1 - end] === value[value.length - 1 - end]) end++
    doc.transact(() => {
      text.delete(start, value.length - start - end)
      text.insert(start, draft.slice(start, draft.length - end))
    })
  }

  return (
    <details className="plan-title-menu" data-testid="plan-title-menu">
      <summary className="button button--secondary" title={value || planStrings.planTitlePlaceholder}>{planStrings.planTitleButton}</summary>
      <div className="plan-title-menu__panel">
        <label className="plan-title-field">
          <span>{planStrings.planTitle}</span>
          <input type="text" data-testid="plan-title" value={draft ?? value} placeholder={planStrings.planTitlePlaceholder} readOnly={!canWrite}
            onChange={event => setDraft(event.target.value)}
            onBlur={commit}
            onKeyDown={event => { if (event.key === 'Enter') commit() }} />
        </label>
      </div>
    </details>
  )
}
