import type { ReactNode } from 'react'
import { GlyphLabel } from '../components/GlyphLabel'

export interface ToolbarButtonProps {
  label: string
  onClick: () => void
  pressed?: boolean
  disabled?: boolean
  children: ReactNode
}

/**
 * A formatting button. It keeps the editor's focus on mouse down, so the
 * selection the button acts on is still the one the user made.
 */
export function ToolbarButton ({ label, onClick, pressed, disabled, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className="button button--secondary report-toolbar__button"
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={event => event.preventDefault()}
      onClick={onClick}
    >
      <GlyphLabel glyph={children} label={label} />
    </button>
  )
}
