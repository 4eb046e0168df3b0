export interface SuccessNoticeProps {
  message: string | null | undefined
  testId?: string
}

/** A calm confirmation that an action went through. */
export function SuccessNotice ({ message, testId }: SuccessNoticeProps) {
  if (!message) return null
  return <p className="notice notice--success" role="status" data-testid={testId}>{message}</p>
}
