/**
 * Requests the `planerka` CLI sends to a running server on loopback (or runs
 * itself when no server is running). Files travel as base64 inside JSON.
 */
import { z } from 'zod'
import { exportablePlanColumns } from '../../shared/export/planColumnChoice'
import type { ErrorCode } from '../../shared/errors'
import { roles } from '../../shared/roles'

const role = z.enum(roles as unknown as [string, ...string[]])

export const cliRequestSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('export'), board: z.string(), format: z.enum(['docx', 'pdf', 'odt', 'json']), what: z.enum(['plan', 'report', 'all', 'timeline']), columns: z.array(z.enum(exportablePlanColumns)).optional() }),
  z.object({
    op: z.literal('import-plan'),
    fileName: z.string(),
    content: z.string(),
    board: z.string().optional(),
    newBoard: z.object({ district: z.string(), year: z.string() }).optional(),
  }),
  z.object({
    op: z.literal('import-report'),
    fileName: z.string(),
    content: z.string(),
    board: z.string().optional(),
    newBoard: z.object({ district: z.string(), year: z.string() }).optional(),
    /** Add after the existing sections instead of replacing them (the default keeps the old report as a version). */
    append: z.boolean().optional(),
  }),
  z.object({ op: z.literal('backup') }),
  z.object({ op: z.literal('restore'), content: z.string() }),
  z.object({ op: z.literal('rollover'), board: z.string() }),
  z.object({ op: z.literal('users-list') }),
  z.object({ op: z.literal('users-create'), login: z.string(), name: z.string(), password: z.string().optional(), admin: z.boolean().optional() }),
  z.object({ op: z.literal('users-reset-password'), login: z.string(), password: z.string().optional() }),
  z.object({ op: z.literal('users-set-active'), login: z.string(), active: z.boolean() }),
  z.object({ op: z.literal('users-set-role'), login: z.string(), board: z.string(), role: role.or(z.literal('none')) }),
])
export type CliRequest = z.infer<typeof cliRequestSchema>

export interface CliFile {
  name: string
  /** base64 */
  content: string
}

export type CliResponse =
  | { ok: true; lines: string[]; files?: CliFile[] }
  /** `code` is set when a service refused (a domain error); the CLI turns it into its exit code. */
  | { ok: false; error: string; code?: ErrorCode }
