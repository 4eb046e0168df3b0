import { useLayoutEffect, useState, type RefObject } from 'react'
import { planStrings } from './planStrings'

export interface CellInputCatcherProps {
  /** The column's name and the cell's text, for screen readers and for copying (Ctrl+C on a selected cell). */
  label: string
  value: string
  catcherRef: RefObject<HTMLTextAreaElement | null>
  /** Whole text that arrived: it replaces the cell's, and the cell's editor opens with it. */
  onText: (text: string) => void
}

/**
 * Where the keyboard rests on a selected cell of a writable table: an empty
 * text field over the cell, invisible and transparent to the mouse. Keys are
 * read on keydown by the table (usePlanKeyboard), but text can arrive with no
 * key press — an IME composition, dictation, an on-screen keyboard, a paste —
 * and only an editable element receives it. It lands here; once whole (not in
 * the middle of a composition, which is shown over the cell while it lasts) it
 * replaces the cell's text and the editor takes over. Nothing typed is lost.
 */
export function CellInputCatcher ({ label, value, catcherRef, onText }: CellInputCatcherProps) {
  const [composing, setComposing] = useState(false)
  // Selected while its cell already had focus (Tab into the table): take the focus over.
  useLayoutEffect(() => {
    const field = catcherRef.current
    if (field && document.activeElement === field.parentElement) field.focus({ preventScroll: true })
  }, [catcherRef])
  const take = (field: HTMLTextAreaElement) => {
    const text = field.value
    if (text === '') return
    field.value = ''
    onText(text)
  }
  return (
    <textarea
      ref={catcherRef}
      className={`plan-cell__catcher${composing ? ' is-composing' : ''}`}
      aria-label={planStrings.cellInput(label, value)}
      data-plan-catcher=""
      data-testid="plan-cell-input"
      tabIndex={-1}
      rows={1}
      spellCheck={false}
      autoComplete="off"
      onCompositionStart={() => setComposing(true)}
      onCompositionEnd={event => {
        setComposing(false)
        take(event.currentTarget)
      }}
      onInput={event => {
        // Mid-composition the text is not final yet: compositionend takes it.
        if (!(event.nativeEvent as InputEvent).isComposing) take(event.currentTarget)
      }}
      onCopy={event => {
        event.clipboardData.setData('text/plain', value)
        event.preventDefault()
      }}
    />
  )
}
