import type { AnnotationThread } from '../../../shared/review/annotationModel'
import { reviewStrings } from '../reviewStrings'

/**
 * The proposal shown inline after the struck-through words: a DOM node for a
 * ProseMirror widget decoration (not part of the document, not editable).
 * Text goes in as text nodes, never as HTML.
 */
export function suggestionWidget (thread: AnnotationThread, color: string, onOpen: (threadId: string) => void): HTMLElement {
  const wrapper = document.createElement('span')
  wrapper.className = 'suggestion-new'
  wrapper.contentEditable = 'false'
  wrapper.dataset.testid = 'report-suggestion-new'
  wrapper.dataset.threadId = thread.id
  wrapper.style.setProperty('--suggestion-color', color)
  const words = document.createElement('ins')
  words.textContent = thread.suggestion ?? ''
  const author = document.createElement('span')
  author.className = 'suggestion-new__author'
  author.textContent = reviewStrings.suggestion.byline(thread.comments[0]?.authorName ?? thread.author)
  wrapper.append(words, author)
  // A click opens the thread, where it is accepted or answered; the caret stays where it was.
  wrapper.addEventListener('mousedown', event => {
    event.preventDefault()
    onOpen(thread.id)
  })
  return wrapper
}
