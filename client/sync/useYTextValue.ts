import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

/** The current string of a Y.Text (or '' without one), re-rendering when anyone changes it. */
export function useYTextValue (text: Y.Text | null): string {
  const [value, setValue] = useState(() => text?.toString() ?? '')
  useEffect(() => {
    setValue(text?.toString() ?? '')
    if (!text) return
    const onChange = () => setValue(text.toString())
    text.observe(onChange)
    return () => text.unobserve(onChange)
  }, [text])
  return value
}
