import { useMemo, useRef } from 'react'
import type { Editor } from '@tiptap/react'
import type * as Y from 'yjs'
import type { DocConnection } from '../sync/DocConnection'
import type { PresenceUser } from '../sync/useDocConnection'
import { estimateBodyHeight } from './estimateBodyHeight'
import { reportStrings } from './reportStrings'
import { SectionEditor } from './SectionEditor'
import { useLazyMount } from './useLazyMount'

export interface LazySectionBodyProps {
  fragment: Y.XmlFragment
  sectionId: string
  connection: DocConnection
  user: PresenceUser
  readOnly: boolean
  label: string
  onFocusEditor: (editor: Editor) => void
  onEditorGone: (editor: Editor) => void
}

/** A section's editor once it nears the screen; until then an empty block of about its height. */
export function LazySectionBody (props: LazySectionBodyProps) {
  const ref = useRef<HTMLDivElement>(null)
  const near = useLazyMount(ref)
  // Measured once: the placeholder only has to be close, and is gone as soon as the section nears the screen.
  const height = useMemo(() => estimateBodyHeight(props.fragment), [props.fragment])
  return (
    <div ref={ref} className="report-section__body">
      {near
        ? <SectionEditor {...props} />
        : (
          // Hidden text, not aria-label: a plain div may not be named (axe aria-prohibited-attr), and a screen reader
          // reading through the report should still hear that the section is there and coming.
          <div className="report-section__placeholder" style={{ height }} aria-busy="true">
            <span className="visually-hidden">{reportStrings.loadingSection}</span>
          </div>
          )}
    </div>
  )
}
