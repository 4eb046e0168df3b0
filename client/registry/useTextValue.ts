import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

/** The text of a Y.Text, following every edit (for the validation messages beside a field). */
export function useTextValue (text: Y.Text | null): string {
  const [value, setValue] = useState(() => text?.toString() ?? '')
  useEffect(() => {
    if (!text) return
    setValue(text.toString())
    const update = () => setValue(text.toString())
    text.observe(update)
    return () => text.unobserve(update)
  }, [text])
  return value
}
