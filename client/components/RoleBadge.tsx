import { roleLabels, type Role } from '../../shared/roles'

export interface RoleBadgeProps {
  role: Role
  testId?: string
}

export function RoleBadge ({ role, testId }: RoleBadgeProps) {
  return <span className={`role-badge role-badge--${role}`} data-testid={testId}>{roleLabels[role]}</span>
}
