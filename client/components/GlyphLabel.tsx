import type { ReactNode } from 'react'

export interface GlyphLabelProps {
  /** What the button shows: «Ж», «1.», «↶», an icon. */
  glyph: ReactNode
  /** What it does, in words: the name screen readers and voice control use. */
  label: string
}

/**
 * The content of an icon button. The name is given as hidden text rather
 * than aria-label: a glyph such as «1.» read as part of the name
 * («1. Нумерованный список») would be noise, and with aria-label the visible
 * glyph would not be in the name at all (WCAG 2.5.3, axe
 * label-content-name-mismatch). Pair it with `title` for sighted mouse users.
 */
export function GlyphLabel ({ glyph, label }: GlyphLabelProps) {
  return (
    <>
      <span aria-hidden="true">{glyph}</span>
      <span className="visually-hidden">{label}</span>
    </>
  )
}
