import { useCallback, useEffect, useRef, useState } from 'react'
import { getReadMark, markRead } from './annotationsApi'

export interface ReadMark {
  /** False until the server has said where this reader stopped: no unread count is shown before. */
  loaded: boolean
  lastReadAt: string | null
  markRead: () => void
}

/** Where this reader stopped reading the board's annotations (kept on the server, so it follows them between browsers). */
export function useReadMark (boardId: string): ReadMark {
  const [state, setState] = useState<{ loaded: boolean; lastReadAt: string | null }>({ loaded: false, lastReadAt: null })
  const inFlight = useRef(false)
  useEffect(() => {
    let current = true
    setState({ loaded: false, lastReadAt: null })
    void getReadMark(boardId).then(result => {
      if (current && result.ok) setState({ loaded: true, lastReadAt: result.data.lastReadAt })
    })
    return () => { current = false }
  }, [boardId])
  const mark = useCallback(() => {
    // One request at a time: comments arriving while the panel is open ask again once it answers.
    if (inFlight.current) return
    inFlight.current = true
    void markRead(boardId).then(result => {
      inFlight.current = false
      if (result.ok) setState({ loaded: true, lastReadAt: result.data.lastReadAt })
    })
  }, [boardId])
  return { ...state, markRead: mark }
}
