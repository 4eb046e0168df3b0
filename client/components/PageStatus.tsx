import { strings } from '../strings'
import { ErrorNotice } from './ErrorNotice'

export interface PageStatusProps {
  /** Absent while loading. */
  error?: string
  onRetry?: () => void
}

/** What a page shows while its data loads, or when loading failed. */
export function PageStatus ({ error, onRetry }: PageStatusProps) {
  if (error === undefined) {
    return <p className="page-status" role="status" aria-live="polite">{strings.common.loading}</p>
  }
  return (
    <div className="page-status">
      <ErrorNotice message={error} />
      {onRetry ? <button type="button" className="button button--secondary" onClick={onRetry}>{strings.common.retry}</button> : null}
    </div>
  )
}
