/** Where a board is in the Expert Council review: Черновик → На рассмотрении → Согласовано. */
export const ReviewState = {
  draft: 'draft',
  review: 'review',
  agreed: 'agreed',
} as const
export type ReviewState = (typeof ReviewState)[keyof typeof ReviewState]

export const reviewStateLabels: Record<ReviewState, string> = {
  draft: 'Черновик',
  review: 'На рассмотрении',
  agreed: 'Согласовано',
}

/** One step of the workflow, kept for ever in the board's record (who, when, override). */
export interface ReviewEvent {
  state: ReviewState
  by: string
  byName: string
  at: string
  /** «Согласовано» with open annotations: the owner's explicit override, recorded. */
  override?: boolean
  /** The immutable version stored at agreement. */
  versionId?: string
  comment?: string
}

/** Key in the board's annotations document where the server mirrors the review state (state, history), so it is live for everyone. */
export const REVIEW_KEY = 'boardReview'
