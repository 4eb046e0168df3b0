/**
 * The JSON backup: a whole installation (`full`) or one board (`board`).
 * `version` lets later releases keep restoring older files: a reader accepts
 * every version up to its own and upgrades it.
 */
import { z } from 'zod'
import { boardSettingsSchema } from '../../shared/board/boardSettings'
import { roles } from '../../shared/roles'

export const BACKUP_FORMAT = 'planerka-backup'
export const BACKUP_VERSION = 1

const role = z.enum(roles as unknown as [string, ...string[]])

const boardEntry = z.object({
  id: z.string().min(1),
  district: z.string(),
  year: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  members: z.array(z.object({ login: z.string(), name: z.string().optional(), role })),
  review: z.object({
    state: z.enum(['draft', 'review', 'agreed']),
    history: z.array(z.object({
      state: z.enum(['draft', 'review', 'agreed']),
      by: z.string(),
      byName: z.string(),
      at: z.string(),
      override: z.boolean().optional(),
      versionId: z.string().optional(),
      comment: z.string().optional(),
    })),
  }).optional(),
  /** Title page and approval block; absent in older backups and on boards that never set them. */
  settings: boardSettingsSchema.optional(),
  /** Yjs states (base64) by concern: plan, report, annotations; more concerns may come. */
  documents: z.record(z.string(), z.string()),
  /** The board's versions, oldest first, each with its full states (base64). */
  versions: z.array(z.object({
    info: z.object({
      id: z.string(),
      kind: z.enum(['named', 'auto', 'agreed', 'restore']),
      name: z.string(),
      createdAt: z.string(),
      createdBy: z.string(),
      authors: z.array(z.string()),
      size: z.number(),
    }),
    plan: z.string(),
    report: z.string(),
    frozen: z.string().optional(),
  })).optional(),
})

const userEntry = z.object({
  login: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
  active: z.boolean(),
  passwordHash: z.string(),
  createdAt: z.string(),
})

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1).max(BACKUP_VERSION),
  kind: z.enum(['full', 'board']),
  createdAt: z.string(),
  /** Full backups only: accounts with their password hashes. */
  users: z.array(userEntry).optional(),
  boards: z.array(boardEntry),
})
export type Backup = z.infer<typeof backupSchema>
export type BackupBoard = z.infer<typeof boardEntry>
