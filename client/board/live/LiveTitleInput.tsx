import { useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { textDiff, transformIndex } from '../../sync/textDiff'

export interface LiveTitleInputProps {
  text: Y.Text
  readOnly: boolean
  label: string
}

/**
 * A one-line input bound to a Y.Text: local typing is applied as the minimal
 * edit (so concurrent typing merges), and remote edits keep the local caret
 * where it was relative to the text around it.
 */
export function LiveTitleInput ({ text, readOnly, label }: LiveTitleInputProps) {
  const input = useRef<HTMLInputElement>(null)
  const [value, setValue] = useState(() => text.toString())

  useEffect(() => {
    setValue(text.toString())
    const onChange = (event: Y.YTextEvent) => {
      const element = input.current
      const next = text.toString()
      if (element && document.activeElement === element && !event.transaction.local) {
        const start = transformIndex(event.delta as never, element.selectionStart ?? 0)
        const end = transformIndex(event.delta as never, element.selectionEnd ?? 0)
        element.value = next
        element.setSelectionRange(start, end)
      }
      setValue(next)
    }
    text.observe(onChange)
    return () => text.unobserve(onChange)
  }, [text])

  return (
    <input
      ref={input}
      className="live-title"
      aria-label={label}
      data-testid="live-title"
      value={value}
      readOnly={readOnly}
      onChange={event => {
        const next = event.target.value
        const edit = textDiff(text.toString(), next, event.target.selectionStart ?? undefined)
        if (!edit || readOnly) return
        text.doc!.transact(() => {
          if (edit.remove > 0) text.delete(edit.index, edit.remove)
          if (edit.insert) text.insert(edit.index, edit.insert)
        })
      }}
    />
  )
}
