export interface ErrorNoticeProps {
  message: string | null | undefined
  testId?: string
}

/** An inline error, announced by screen readers as soon as it appears. */
export function ErrorNotice ({ message, testId }: ErrorNoticeProps) {
  if (!message) return null
  return <p className="notice notice--error" role="alert" data-testid={testId}>{message}</p>
}
