import { useEffect, useRef, useState } from 'react'
import type { BoardDetails, BoardMember } from '../../shared/api'
import type { Role } from '../../shared/roles'
import { removeMember, setMemberRole } from '../api/endpoints'
import { BusyButton } from '../components/BusyButton'
import { ErrorNotice } from '../components/ErrorNotice'
import { RoleBadge } from '../components/RoleBadge'
import { RoleSelect } from '../components/RoleSelect'
import { strings } from '../strings'

export interface MemberRowProps {
  boardId: string
  member: BoardMember
  isSelf: boolean
  canManage: boolean
  /** Number of columns of the table, for the error row. */
  columns: number
  onChanged: (board: BoardDetails, notice: string) => void
}

/** A member: read-only, or with a role select and a confirmed «Удалить» for managers. */
export function MemberRow ({ boardId, member, isSelf, canManage, columns, onChanged }: MemberRowProps) {
  const s = strings.members
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const removeRef = useRef<HTMLButtonElement>(null)
  const wasConfirming = useRef(false)

  // Back from the confirmation, focus returns to «Удалить» rather than to <body>.
  useEffect(() => {
    if (wasConfirming.current && !confirming) removeRef.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])

  async function changeRole (role: Role) {
    if (role === member.role) return
    setBusy(true)
    setError(null)
    const result = await setMemberRole(boardId, member.login, role)
    setBusy(false)
    if (result.ok) onChanged(result.data, s.roleChanged(member.name))
    else setError(result.error.message)
  }

  async function remove () {
    setBusy(true)
    setError(null)
    const result = await removeMember(boardId, member.login)
    setBusy(false)
    setConfirming(false)
    if (result.ok) onChanged(result.data, s.removed(member.name))
    else setError(result.error.message)
  }

  const name = isSelf ? `${member.name} ${s.you}` : member.name
  return (
    <>
      <tr className="member-row" data-testid="member-row" data-login={member.login}>
        <td>{name}</td>
        <td className="mono">{member.login}</td>
        <td>
          {canManage
            ? (
              <RoleSelect
                value={member.role}
                onChange={role => { void changeRole(role) }}
                disabled={busy}
                aria-label={s.roleOf(member.name)}
                data-testid="member-role-select"
              />
              )
            : <RoleBadge role={member.role} />}
        </td>
        {canManage
          ? (
            <td className="table__actions">
              {confirming
                ? (
                  <span className="confirm" role="group" aria-label={s.confirmRemove(member.name)}>
                    <span className="confirm__text">{s.confirmRemove(member.name)}</span>
                    <BusyButton variant="danger" busy={busy} onClick={() => { void remove() }} data-testid="member-remove-confirm">
                      {s.confirmRemoveYes}
                    </BusyButton>
                    <BusyButton autoFocus disabled={busy} onClick={() => setConfirming(false)}>{strings.common.cancel}</BusyButton>
                  </span>
                  )
                : (
                  <BusyButton ref={removeRef} variant="link" disabled={busy} onClick={() => setConfirming(true)} data-testid="member-remove">
                    {s.remove}
                  </BusyButton>
                  )}
            </td>
            )
          : null}
      </tr>
      {error !== null
        ? <tr className="member-row__error"><td colSpan={columns}><ErrorNotice message={error} testId="member-error" /></td></tr>
        : null}
    </>
  )
}
