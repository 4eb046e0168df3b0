import type { SelectHTMLAttributes } from 'react'
import { roleLabels, roles, type Role } from '../../shared/roles'

export interface RoleSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  value: Role
  onChange: (role: Role) => void
}

/** A select of board roles with their Russian labels. */
export function RoleSelect ({ value, onChange, className, ...rest }: RoleSelectProps) {
  return (
    <select
      className={['select', className ?? ''].filter(Boolean).join(' ')}
      value={value}
      onChange={event => {
        const role = roles.find(r => r === event.target.value)
        if (role !== undefined) onChange(role)
      }}
      {...rest}
    >
      {roles.map(role => <option key={role} value={role}>{roleLabels[role]}</option>)}
    </select>
  )
}
