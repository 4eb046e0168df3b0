import { ErrorCode } from '../../shared/errors'

/**
 * Exit codes of `planerka`. Scripts have relied on 1 for every refusal and 2
 * for a wrong command line since the first version, so those stay; only a
 * failure that is not the caller's (damaged data) gets its own code.
 */
export const ExitCode = {
  ok: 0,
  refused: 1,
  usage: 2,
  damaged: 3,
} as const

export function exitCodeOf (code: ErrorCode | undefined): number {
  return code === ErrorCode.internal ? ExitCode.damaged : ExitCode.refused
}
