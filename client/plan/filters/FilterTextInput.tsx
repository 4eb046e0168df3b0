import { useId, useState } from 'react'

export interface FilterTextInputProps {
  label: string
  value: string
  /**
   * Values present in the plan, offered as the user types: asked for when the
   * field gets focus, not at every change of the plan (with others typing, the
   * plan changes every frame and the list matters only in this field).
   */
  suggest?: () => readonly string[]
  type?: 'text' | 'search'
  placeholder?: string
  testId?: string
  /** The label is for screen readers only (the placeholder says it on screen). */
  hideLabel?: boolean
  onChange: (value: string) => void
}

/** A labelled text filter; with suggestions, a datalist of what the plan holds. */
export function FilterTextInput ({ label, value, suggest, type = 'text', placeholder, testId, hideLabel = false, onChange }: FilterTextInputProps) {
  const id = useId()
  const [suggestions, setSuggestions] = useState<readonly string[]>([])
  const listId = suggest ? `${id}-values` : undefined
  return (
    <div className="filter-bar__field">
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>{label}</label>
      <input
        id={id}
        className="field__input"
        type={type}
        value={value}
        list={listId}
        placeholder={placeholder}
        autoComplete="off"
        data-testid={testId}
        onFocus={suggest ? () => setSuggestions(suggest()) : undefined}
        onChange={event => onChange(event.target.value)}
      />
      {suggest && (
        <datalist id={listId}>
          {suggestions.map(option => <option key={option} value={option} />)}
        </datalist>
      )}
    </div>
  )
}
