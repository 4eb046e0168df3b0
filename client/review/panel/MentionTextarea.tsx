import { useId, useRef, useState, type KeyboardEvent } from 'react'
import type { BoardMember } from '../../../shared/api'
import { insertMention, mentionAt, type MentionQuery } from '../mentionQuery'
import { reviewStrings } from '../reviewStrings'

export interface MentionTextareaProps {
  value: string
  onChange: (value: string) => void
  members: readonly BoardMember[]
  label: string
  placeholder: string
  testId: string
  autoFocus?: boolean
  /** Ctrl+Enter sends. */
  onSubmit: () => void
}

/** Up to this many suggestions: a long member list would cover the thread being answered. */
const MAX_SUGGESTIONS = 6

/**
 * A textarea that suggests board members after «@» (by login or name);
 * ↑/↓ choose, Enter or Tab insert «@login», Esc closes the list.
 */
export function MentionTextarea ({ value, onChange, members, label, placeholder, testId, autoFocus, onSubmit }: MentionTextareaProps) {
  const area = useRef<HTMLTextAreaElement>(null)
  const listId = useId()
  const [mention, setMention] = useState<MentionQuery | null>(null)
  const [active, setActive] = useState(0)
  const suggestions = mention
    ? members.filter(m => m.login.toLowerCase().startsWith(mention.query) || m.name.toLowerCase().split(/\s+/).some(part => part.startsWith(mention.query))).slice(0, MAX_SUGGESTIONS)
    : []
  const open = suggestions.length > 0

  const track = (text: string, caret: number) => {
    const next = mentionAt(text, caret)
    setMention(next)
    if (next?.query !== mention?.query) setActive(0)
  }
  const choose = (member: BoardMember) => {
    const element = area.current
    if (!element || !mention) return
    const result = insertMention(value, element.selectionStart ?? value.length, mention, member.login)
    onChange(result.text)
    setMention(null)
    requestAnimationFrame(() => {
      element.focus()
      element.setSelectionRange(result.caret, result.caret)
    })
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault()
      setActive(index => (index + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length)
    } else if (open && (event.key === 'Enter' || event.key === 'Tab') && !event.ctrlKey) {
      event.preventDefault()
      choose(suggestions[Math.min(active, suggestions.length - 1)])
    } else if (open && event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      setMention(null)
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      onSubmit()
    }
  }

  return (
    <div className="mention-input">
      <textarea
        ref={area}
        className="mention-input__area"
        value={value}
        rows={3}
        aria-label={label}
        placeholder={placeholder}
        data-testid={testId}
        autoFocus={autoFocus}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={event => {
          onChange(event.target.value)
          track(event.target.value, event.target.selectionStart ?? event.target.value.length)
        }}
        onSelect={event => track(event.currentTarget.value, event.currentTarget.selectionStart ?? 0)}
        onBlur={() => setMention(null)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={listId} className="mention-input__list" role="listbox" aria-label={reviewStrings.thread.mentionsLabel}>
          {suggestions.map((member, index) => (
            <li
              key={member.login}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`mention-input__option${index === active ? ' is-active' : ''}`}
              data-testid="mention-option"
              data-login={member.login}
              // mousedown, not click: the textarea's blur would close the list first.
              onMouseDown={event => { event.preventDefault(); choose(member) }}
            >
              <span>{member.name}</span> <span className="muted">@{member.login}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
