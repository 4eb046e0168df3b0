import { useState } from 'react'
import type { BoardDetails, UserInfo } from '../../shared/api'
import { canManageBoard } from '../../shared/roles'
import { SuccessNotice } from '../components/SuccessNotice'
import { navigate } from '../router/navigate'
import { strings } from '../strings'
import { AddMemberForm } from './AddMemberForm'
import { MemberRow } from './MemberRow'

export interface MembersPanelProps {
  board: BoardDetails
  user: UserInfo
  /** The server answers every change with the whole board: the page keeps it. */
  onBoardChange: (board: BoardDetails) => void
}

/**
 * The board's members. Owners and administrators change roles, remove and
 * add members; everyone else reads the list. The server enforces the same
 * rules (e.g. the last owner) and its Russian message is shown on the row.
 */
export function MembersPanel ({ board, user, onBoardChange }: MembersPanelProps) {
  const s = strings.members
  const canManage = canManageBoard(board.role) || user.isAdmin
  const [notice, setNotice] = useState<string | null>(null)
  const columns = canManage ? 4 : 3

  function changed (next: BoardDetails, message: string) {
    // Someone who left a board they do not administer can no longer open it.
    if (!user.isAdmin && !next.members.some(m => m.login === user.login)) {
      navigate({ name: 'boards' })
      return
    }
    setNotice(message)
    onBoardChange(next)
  }

  return (
    <section className="card" aria-labelledby="members-title" data-testid="members-panel">
      <h2 id="members-title" className="card__title">{s.title}</h2>
      {canManage ? null : <p className="muted">{s.readOnlyHint}</p>}
      <SuccessNotice message={notice} testId="members-notice" />
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{s.name}</th>
              <th scope="col">{s.login}</th>
              <th scope="col">{s.role}</th>
              {canManage ? <th scope="col"><span className="visually-hidden">{s.actions}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {board.members.map(member => (
              <MemberRow
                key={member.login}
                boardId={board.id}
                member={member}
                isSelf={member.login === user.login}
                canManage={canManage}
                columns={columns}
                onChanged={changed}
              />
            ))}
          </tbody>
        </table>
      </div>
      {canManage ? <AddMemberForm boardId={board.id} onAdded={changed} /> : null}
    </section>
  )
}
