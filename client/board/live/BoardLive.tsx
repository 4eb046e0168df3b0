import { boardTitleText } from '../../../shared/board/boardDocs'
import { useBoardConnection } from './BoardConnection'
import { LiveTitleInput } from './LiveTitleInput'
import { liveStrings } from './liveStrings'
import { NotesEditor } from './NotesEditor'

/** The «Доска» tab: the board's live title and the team's notes. */
export function BoardLive () {
  const { plan, canWrite, me } = useBoardConnection()
  if (!plan) return <p className="page-status">{liveStrings.connecting}</p>
  return (
    <section className="board-live" data-testid="board-live">
      <LiveTitleInput text={boardTitleText(plan.doc)} readOnly={!canWrite} label={liveStrings.titleLabel} />
      <NotesEditor connection={plan} user={me} readOnly={!canWrite} />
    </section>
  )
}
