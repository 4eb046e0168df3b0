import { useState } from 'react'
import { reviewStrings } from '../reviewStrings'
import { VersionsDialog } from './VersionsDialog'

/** «Версии» in the board header; the dialog loads the list only when opened. */
export function VersionsButton () {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button button--secondary" data-testid="versions-open" onClick={() => setOpen(true)}>{reviewStrings.versions.open}</button>
      {open && <VersionsDialog onClose={() => setOpen(false)} />}
    </>
  )
}
