import type * as Y from 'yjs'
import { YTextField } from '../../sync/YTextField'

export interface LiveTitleInputProps {
  text: Y.Text
  readOnly: boolean
  label: string
}

/** The board's live title: a one-line collaborative field styled as a heading. */
export function LiveTitleInput ({ text, readOnly, label }: LiveTitleInputProps) {
  return <YTextField text={text} readOnly={readOnly} className="live-title" aria-label={label} data-testid="live-title" />
}
