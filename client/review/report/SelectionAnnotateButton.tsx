import { useEffect, useState, type RefObject } from 'react'
import type { Editor } from '@tiptap/react'
import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'
import { selectionAnchor } from './selectionAnchor'

export interface SelectionAnnotateButtonProps {
  editor: Editor
  sectionId: string
  /** The positioned element around the editor the button is placed in. */
  frame: RefObject<HTMLElement | null>
}

interface Place {
  from: number
  to: number
  top: number
  left: number
}

/** Width kept free for the button at the right edge of the frame. */
const BUTTON_ROOM = 120

/**
 * «Замечание» and «Правка» (a suggestion) beside selected text. It follows the browser's selection
 * rather than the editor's, because a read-only editor (commenters) does
 * not take focus but its text can still be selected.
 */
export function SelectionAnnotateButton ({ editor, sectionId, frame }: SelectionAnnotateButtonProps) {
  const { startDraft } = useReview()
  const [place, setPlace] = useState<Place | null>(null)

  useEffect(() => {
    let pending = 0
    const measure = () => {
      pending = 0
      const selection = window.getSelection()
      const view = editor.view
      const box = frame.current
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !box || editor.isDestroyed) return setPlace(null)
      const range = selection.getRangeAt(0)
      if (!view.dom.contains(range.startContainer) || !view.dom.contains(range.endContainer)) return setPlace(null)
      let from: number
      let to: number
      try {
        from = view.posAtDOM(range.startContainer, range.startOffset)
        to = view.posAtDOM(range.endContainer, range.endOffset)
      } catch {
        return setPlace(null)
      }
      if (from === to) return setPlace(null)
      const rect = range.getBoundingClientRect()
      const outer = box.getBoundingClientRect()
      setPlace({
        from: Math.min(from, to),
        to: Math.max(from, to),
        top: rect.bottom - outer.top + 4,
        left: Math.max(0, Math.min(rect.right - outer.left - 8, outer.width - BUTTON_ROOM)),
      })
    }
    const onChange = () => { if (!pending) pending = requestAnimationFrame(measure) }
    document.addEventListener('selectionchange', onChange)
    return () => {
      document.removeEventListener('selectionchange', onChange)
      if (pending) cancelAnimationFrame(pending)
    }
  }, [editor, frame])

  if (!place) return null
  const annotate = (suggest: boolean) => {
    const anchor = selectionAnchor(editor.state, place.from, place.to)
    if (!anchor) return
    startDraft({ anchor: { kind: 'report', sectionId, start: anchor.start, end: anchor.end }, quote: anchor.quote, suggest })
    setPlace(null)
  }
  // Keep the selection: a mousedown would otherwise collapse it before the click.
  const keepSelection = (event: { preventDefault (): void }) => event.preventDefault()
  return (
    <span className="annotate-selection-group" style={{ top: place.top, left: place.left }}>
      <button
        type="button"
        className="annotate-selection"
        title={reviewStrings.annotateSelectionTitle}
        data-testid="annotate-selection"
        onMouseDown={keepSelection}
        onClick={() => annotate(false)}
      >✎ {reviewStrings.annotateSelection}</button>
      <button
        type="button"
        className="annotate-selection annotate-selection--suggest"
        title={reviewStrings.suggestion.selectionTitle}
        data-testid="suggest-selection"
        onMouseDown={keepSelection}
        onClick={() => annotate(true)}
      >± {reviewStrings.suggestion.selection}</button>
    </span>
  )
}
