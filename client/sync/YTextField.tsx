import { useEffect, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from 'react'
import type * as Y from 'yjs'
import { textDiff, transformIndex } from './textDiff'

export interface YTextFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'defaultValue'> {
  text: Y.Text
  readOnly: boolean
  /** One line (an <input>) or several (a <textarea> that grows with its content). */
  multiline?: boolean
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void
  inputRef?: (element: HTMLInputElement | HTMLTextAreaElement | null) => void
}

/**
 * A plain text field bound to a Y.Text. Local typing is applied as the
 * minimal edit, so two people typing in the same field merge letter by
 * letter; a remote edit keeps the local caret beside the same letters.
 * Read-only fields never write.
 */
export function YTextField ({ text, readOnly, multiline = false, onKeyDown, inputRef, ...rest }: YTextFieldProps) {
  const element = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null)
  const [value, setValue] = useState(() => text.toString())

  useEffect(() => {
    setValue(text.toString())
    const onChange = (event: Y.YTextEvent) => {
      const field = element.current
      const next = text.toString()
      if (field && document.activeElement === field && !event.transaction.local) {
        const start = transformIndex(event.delta as never, field.selectionStart ?? 0)
        const end = transformIndex(event.delta as never, field.selectionEnd ?? 0)
        field.value = next
        field.setSelectionRange(start, end)
      }
      setValue(next)
    }
    text.observe(onChange)
    return () => text.unobserve(onChange)
  }, [text])

  const props = {
    ref: (node: HTMLInputElement | HTMLTextAreaElement | null) => {
      element.current = node
      inputRef?.(node)
    },
    value,
    readOnly,
    onKeyDown,
    onChange: (event: { target: HTMLInputElement | HTMLTextAreaElement }) => {
      if (readOnly) return
      const edit = textDiff(text.toString(), event.target.value, event.target.selectionStart ?? undefined)
      if (!edit) return
      text.doc!.transact(() => {
        if (edit.remove > 0) text.delete(edit.index, edit.remove)
        if (edit.insert) text.insert(edit.index, edit.insert)
      })
    },
  }
  if (multiline) return <textarea {...rest} {...props} rows={Math.max(1, value.split('\n').length)} />
  return <input {...(rest as object)} {...props} />
}
