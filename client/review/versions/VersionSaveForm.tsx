import { useState } from 'react'
import { BusyButton } from '../../components/BusyButton'
import { ErrorNotice } from '../../components/ErrorNotice'
import { moscowDayMonth } from '../formatMoscowDateTime'
import { reviewStrings } from '../reviewStrings'
import { saveVersion } from './versionsApi'

export interface VersionSaveFormProps {
  boardId: string
  onSaved: (name: string) => void
}

/** «Сохранить версию» with a name; the default names the occasion (a council meeting today), and the field empties once saved. */
export function VersionSaveForm ({ boardId, onSaved }: VersionSaveFormProps) {
  const s = reviewStrings.versions
  const [name, setName] = useState(() => s.defaultName(moscowDayMonth(new Date())))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const save = async () => {
    setBusy(true)
    setError(null)
    const result = await saveVersion(boardId, name)
    setBusy(false)
    if (result.ok) {
      // Saved: the field empties, so the next version is not saved under this one's name by mistake.
      setName('')
      onSaved(result.data.name)
    } else setError(result.error.message)
  }

  return (
    <form className="version-save" onSubmit={event => { event.preventDefault(); void save() }}>
      <label className="version-save__field">
        <span>{s.saveLabel}</span>
        <input type="text" value={name} maxLength={200} data-testid="version-save-name" onChange={event => setName(event.target.value)} />
      </label>
      <BusyButton type="submit" variant="primary" busy={busy} disabled={!name.trim()} data-testid="version-save">{s.save}</BusyButton>
      <ErrorNotice message={error} />
    </form>
  )
}
