import { useEffect, useState } from 'react'
import type { BoardDetails } from '../../shared/api'
import { boardSettingsSchema, emptyBoardSettings, type BoardSettings } from '../../shared/board/boardSettings'
import { apiRequest } from '../api/apiClient'
import { settingsStrings as t } from './settingsStrings'

/** The owner's form for the board's document settings; validated by the shared schema here and on the server. */
export function BoardSettingsForm ({ board }: { board: BoardDetails }) {
  const [open, setOpen] = useState(false)
  const [value, setValue] = useState<BoardSettings | null>(null)
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const path = `/api/boards/${encodeURIComponent(board.id)}/settings`

  useEffect(() => {
    if (!open) return
    let live = true
    void apiRequest<BoardSettings>('GET', path).then(result => {
      if (!live) return
      if (result.ok) setValue(result.data)
      else setStatus({ text: result.error.message, error: true })
    })
    return () => { live = false }
  }, [open, path])

  const save = async () => {
    if (!value) return
    const parsed = boardSettingsSchema.safeParse(value)
    if (!parsed.success) {
      setStatus({ text: parsed.error.issues[0]?.message ?? '', error: true })
      return
    }
    setBusy(true)
    const result = await apiRequest<BoardSettings>('PUT', path, parsed.data)
    setBusy(false)
    if (result.ok) {
      setValue(result.data)
      setStatus({ text: t.saved })
    } else setStatus({ text: result.error.message, error: true })
  }

  if (!open) {
    return <button type="button" className="button button--secondary" data-testid="board-settings" onClick={() => { setOpen(true); setStatus(null) }}>{t.open}</button>
  }
  const v = value ?? emptyBoardSettings()
  const field = (label: string, text: string, change: (next: string) => void, name: string, wide = false) => (
    <label className={wide ? 'settings-form__field settings-form__field--wide' : 'settings-form__field'}>
      <span>{label}</span>
      <input type="text" name={name} value={text} disabled={!value || busy} onChange={event => change(event.target.value)} />
    </label>
  )
  const set = (patch: (draft: BoardSettings) => void) => setValue(current => {
    const next = structuredClone(current ?? emptyBoardSettings())
    patch(next)
    return next
  })
  return (
    <form className="settings-form" data-testid="board-settings-form" aria-label={t.title} onSubmit={event => { event.preventDefault(); void save() }}>
      <h2 className="settings-form__title">{t.title}</h2>
      <p className="hint">{value ? t.hint : t.loading}</p>
      {field(t.organisation, v.organisation, next => set(d => { d.organisation = next }), 'organisation', true)}
      {field(t.city, v.city, next => set(d => { d.city = next }), 'city')}
      {field(t.directorPosition, v.director.position, next => set(d => { d.director.position = next }), 'directorPosition', true)}
      {field(t.directorName, v.director.name, next => set(d => { d.director.name = next }), 'directorName')}
      {field(t.chairPosition, v.councilChair.position, next => set(d => { d.councilChair.position = next }), 'chairPosition', true)}
      {field(t.chairName, v.councilChair.name, next => set(d => { d.councilChair.name = next }), 'chairName')}
      {field(t.protocolNumber, v.protocol.number, next => set(d => { d.protocol.number = next }), 'protocolNumber')}
      {field(t.protocolDate, v.protocol.date, next => set(d => { d.protocol.date = next }), 'protocolDate')}
      <div className="settings-form__actions">
        <button type="submit" className="button button--primary" disabled={!value || busy}>{busy ? t.saving : t.save}</button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>{t.cancel}</button>
      </div>
      {status && <p className={`notice ${status.error ? 'notice--error' : 'notice--success'}`} role="status">{status.text}</p>}
    </form>
  )
}
