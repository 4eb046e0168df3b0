/**
 * The audit log's contract: who did what security-relevant thing, when, from
 * where. Stored as JSON lines (one AuditEvent per line) in the data folder and
 * served to administrators by GET /api/audit.
 */
export const AuditAction = {
  signIn: 'sign-in',
  signInFailed: 'sign-in-failed',
  signInLimited: 'sign-in-limited',
  signOut: 'sign-out',
  passwordChanged: 'password-changed',
  userCreated: 'user-created',
  userChanged: 'user-changed',
  roleChanged: 'role-changed',
  memberRemoved: 'member-removed',
  reviewState: 'review-state',
  exported: 'export',
  versionRestored: 'version-restored',
  backupRestored: 'backup-restored',
  annotationDeleted: 'annotation-deleted',
} as const
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction]

export interface AuditEvent {
  /** ISO time. */
  at: string
  action: AuditAction
  /** Login of who acted (for a failed sign-in: the login that was tried); «cli» for the command line. */
  actor: string
  /** Client address, when the action came over HTTP. */
  address?: string
  /** What was acted on: a board id, a login, a version id. */
  target?: string
  /** Short plain details: the new role, the new state, the export format. */
  details?: string
}

export const auditActionLabels: Record<AuditAction, string> = {
  'sign-in': 'Вход',
  'sign-in-failed': 'Неудачный вход',
  'sign-in-limited': 'Вход заблокирован (много попыток)',
  'sign-out': 'Выход',
  'password-changed': 'Смена пароля',
  'user-created': 'Создан пользователь',
  'user-changed': 'Изменён пользователь',
  'role-changed': 'Изменена роль',
  'member-removed': 'Удалён участник',
  'review-state': 'Согласование',
  export: 'Выгрузка',
  'version-restored': 'Восстановлена версия',
  'backup-restored': 'Восстановление из копии',
  'annotation-deleted': 'Удалено замечание',
}
