/** A member's role on a board. Enforced by the server; the UI only mirrors it. */
export const Role = {
  owner: 'owner',
  editor: 'editor',
  commenter: 'commenter',
  viewer: 'viewer',
} as const
export type Role = (typeof Role)[keyof typeof Role]

export const roles: readonly Role[] = [Role.owner, Role.editor, Role.commenter, Role.viewer]

export const roleLabels: Record<Role, string> = {
  owner: 'Владелец',
  editor: 'Редактор',
  commenter: 'Эксперт (комментарии)',
  viewer: 'Читатель',
}

export function isRole (value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value)
}

/** Roles that may change a board's content documents (plan, report, notes). */
export function canEditContent (role: Role): boolean {
  return role === Role.owner || role === Role.editor
}

/** Roles that may manage a board's members and run its workflow. */
export function canManageBoard (role: Role): boolean {
  return role === Role.owner
}
