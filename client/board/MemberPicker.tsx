import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { MemberCandidate } from '../../shared/api'
import { findMemberCandidates } from '../api/endpoints'
import { roleLabels } from '../../shared/roles'
import { strings } from '../strings'

/** Wait for a pause in typing before asking the server, so a fast typist sends one request, not ten. */
const SEARCH_DELAY_MS = 150

export interface MemberPickerProps {
  boardId: string
  /** What is typed; a login typed in full still works without picking from the list. */
  value: string
  onChange: (text: string) => void
  /** A person picked from the list: the form adds them by this login. */
  onPick: (person: MemberCandidate) => void
  invalid?: boolean
}

/**
 * Search-as-you-type over names and logins (the WAI-ARIA combobox pattern):
 * ↑/↓ move through the people found, Enter picks, Escape closes the list.
 * People already on the board are shown with their role, so nobody is added twice.
 */
export function MemberPicker ({ boardId, value, onChange, onPick, invalid }: MemberPickerProps) {
  const s = strings.members
  const id = useId()
  const listId = `${id}-list`
  const [found, setFound] = useState<MemberCandidate[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [searched, setSearched] = useState('')
  const latest = useRef('')

  useEffect(() => {
    const query = value.trim()
    latest.current = query
    if (!query) { setFound([]); setSearched(''); return }
    const timer = setTimeout(() => {
      void findMemberCandidates(boardId, query).then(result => {
        // An answer to an older query must not replace a newer one.
        if (latest.current !== query) return
        setFound(result.ok ? result.data.users : [])
        setSearched(query)
        setActive(-1)
      })
    }, SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [boardId, value])

  function pick (person: MemberCandidate) {
    onPick(person)
    setOpen(false)
    setActive(-1)
  }

  function keyDown (event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (found.length === 0) return
      event.preventDefault()
      setOpen(true)
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive(current => (current + step + found.length) % found.length)
    } else if (event.key === 'Enter' && open && active >= 0 && found[active]) {
      event.preventDefault()
      pick(found[active])
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      setOpen(false)
    }
  }

  const showList = open && value.trim() !== '' && searched === value.trim()
  return (
    <div className="field member-picker">
      <label className="field__label" htmlFor={id}>{s.addLogin}</label>
      <input
        id={id}
        className="field__input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        name="login"
        value={value}
        onChange={event => { onChange(event.target.value); setOpen(true) }}
        onKeyDown={keyDown}
        onBlur={() => setOpen(false)}
        data-testid="member-add-login"
      />
      <ul id={listId} role="listbox" aria-label={s.found} className="member-picker__list" hidden={!showList} data-testid="member-picker-list">
        {found.map((person, index) => (
          <li
            key={person.login}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className="member-picker__option"
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={event => { event.preventDefault(); pick(person) }}
            data-testid="member-picker-option"
            data-login={person.login}
          >
            <span className="member-picker__name">{person.name}</span>
            <span className="member-picker__login mono">{person.login}</span>
            {person.role ? <span className="member-picker__role">{s.alreadyMember(roleLabels[person.role])}</span> : null}
          </li>
        ))}
        {found.length === 0 ? <li className="member-picker__empty" role="presentation">{s.nobodyFound}</li> : null}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {showList ? s.foundCount(found.length) : ''}
      </span>
    </div>
  )
}
