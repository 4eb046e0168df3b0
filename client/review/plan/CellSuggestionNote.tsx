import { userColor } from '../../sync/userColor'
import { reviewStrings } from '../reviewStrings'
import type { CellSuggestion } from './rowAnnotations'

/** A pending suggestion under a plan cell's text: the old words struck through, the proposal in the proposer's colour, and their name. */
export function CellSuggestionNote ({ suggestion }: { suggestion: CellSuggestion }) {
  return (
    <span className="plan-cell-suggestion" data-testid="plan-cell-suggestion" data-thread-id={suggestion.threadId} style={{ ['--suggestion-color' as string]: userColor(suggestion.author) }}>
      <del>{suggestion.quote}</del> <ins>{suggestion.text}</ins>
      <span className="plan-cell-suggestion__author">{reviewStrings.suggestion.byline(suggestion.authorName)}</span>
    </span>
  )
}
