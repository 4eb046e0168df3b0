import { useState } from 'react'
import type { VersionInfo } from '../../../shared/review/versionModel'
import { ReviewState } from '../../../shared/review/reviewState'
import { Role } from '../../../shared/roles'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ConfirmModal } from '../ConfirmModal'
import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'
import { useVersions } from './useVersions'
import { VersionDiffView } from './VersionDiffView'
import { VersionRow } from './VersionRow'
import { VersionSaveForm } from './VersionSaveForm'
import { restoreVersion } from './versionsApi'
import { VersionView } from './VersionView'
import { useModalDialog } from '../../hooks/useModalDialog'

type Detail = { kind: 'view'; version: VersionInfo } | { kind: 'diff'; from: VersionInfo; to: VersionInfo | 'current' } | null

const s = reviewStrings.versions

/** Older first, so a comparison always reads «then → later». */
function ordered (a: VersionInfo, b: VersionInfo): { from: VersionInfo; to: VersionInfo } {
  return a.createdAt <= b.createdAt ? { from: a, to: b } : { from: b, to: a }
}

/** «Версии»: save, list, open read-only, compare and restore. */
export function VersionsDialog ({ onClose }: { onClose: () => void }) {
  const { boardId, role, members, reviewState } = useReview()
  const dialog = useModalDialog()
  const { state, reload } = useVersions(boardId)
  const [detail, setDetail] = useState<Detail>(null)
  const [restoring, setRestoring] = useState<VersionInfo | null>(null)
  // Two versions ticked in the list, the latest tick last (a third tick drops the oldest).
  const [picked, setPicked] = useState<string[]>([])
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null)
  const canEdit = role === Role.owner || role === Role.editor
  const canRestore = canEdit && reviewState !== ReviewState.agreed

  const restore = async (version: VersionInfo) => {
    setRestoring(null)
    setMessage(null)
    const result = await restoreVersion(boardId, version.id)
    if (!result.ok) {
      setMessage({ text: result.error.message, error: true })
      return
    }
    setMessage({ text: s.restored(version.name, result.data.savedBefore.name) })
    setDetail(null)
    reload()
  }

  const versions = state.status === 'ok' ? state.versions : []
  return (
    <dialog ref={dialog} className="versions-dialog" aria-label={s.title} data-testid="versions-dialog" onCancel={event => { event.preventDefault(); onClose() }}>
      <header className="versions-dialog__header">
        <h2 className="versions-dialog__title">{s.title}</h2>
        <button type="button" className="button button--secondary" data-testid="versions-close" onClick={onClose}>{s.close}</button>
      </header>
      {message && (message.error ? <ErrorNotice message={message.text} /> : <p className="notice notice--success" role="status" data-testid="version-restored">{message.text}</p>)}
      {canEdit && reviewState === ReviewState.agreed && <p className="notice notice--info">{s.restoreAgreed}</p>}
      <div className="versions-dialog__body">
        <div className="versions-dialog__list">
          {canEdit && <VersionSaveForm boardId={boardId} onSaved={name => { setMessage({ text: s.saved(name) }); reload() }} />}
          {state.status === 'loading' && <p className="page-status">{s.loading}</p>}
          {state.status === 'error' && <ErrorNotice message={state.message} />}
          {state.status === 'ok' && versions.length === 0 && <p className="muted">{s.empty}</p>}
          {versions.length > 1 && (
            <div className="versions-dialog__pick">
              <button type="button" className="button button--secondary" data-testid="versions-compare-picked" disabled={picked.length !== 2}
                onClick={() => {
                  const [a, b] = picked.map(id => versions.find(v => v.id === id)).filter((v): v is VersionInfo => v !== undefined)
                  if (a && b) setDetail({ kind: 'diff', ...ordered(a, b) })
                }}>{s.comparePicked}</button>
              {picked.length !== 2 && <span className="muted">{s.pickHint}</span>}
            </div>
          )}
          <ol className="version-list" aria-label={s.listLabel}>
            {versions.map(version => (
              <VersionRow
                key={version.id}
                version={version}
                members={members}
                canRestore={canRestore}
                picked={picked.includes(version.id)}
                onPick={on => setPicked(list => on ? [...list.filter(id => id !== version.id), version.id].slice(-2) : list.filter(id => id !== version.id))}
                onView={() => setDetail({ kind: 'view', version })}
                onCompare={() => setDetail({ kind: 'diff', from: version, to: 'current' })}
                onRestore={() => setRestoring(version)}
              />
            ))}
          </ol>
        </div>
        <div className="versions-dialog__detail">
          {detail?.kind === 'view' && (
            <VersionView
              boardId={boardId}
              version={detail.version}
              others={versions.filter(v => v.id !== detail.version.id)}
              onCompare={to => setDetail(to === 'current' ? { kind: 'diff', from: detail.version, to } : { kind: 'diff', ...ordered(detail.version, to) })}
            />
          )}
          {detail?.kind === 'diff' && <VersionDiffView boardId={boardId} from={detail.from} to={detail.to} />}
        </div>
      </div>
      {restoring && (
        <ConfirmModal
          message={s.restoreConfirm(restoring.name)}
          confirmLabel={s.restoreYes}
          cancelLabel={s.restoreNo}
          confirmTestId="version-restore-confirm"
          onConfirm={() => { void restore(restoring) }}
          onCancel={() => setRestoring(null)}
        />
      )}
    </dialog>
  )
}
