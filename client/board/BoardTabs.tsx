import { useRef, type KeyboardEvent } from 'react'
import { strings } from '../strings'
import { boardPanelId, boardTabId, boardTabs, type BoardTab } from './boardTab'

export interface BoardTabsProps {
  active: BoardTab
  onSelect: (tab: BoardTab) => void
}

/**
 * The WAI-ARIA tabs pattern with manual activation: arrows, Home and End move
 * focus, Enter or Space (or a click) opens the tab. Manual, because opening
 * «Доска» connects to the live board and should not happen on the way past it.
 */
export function BoardTabs ({ active, onSelect }: BoardTabsProps) {
  const buttons = useRef(new Map<BoardTab, HTMLButtonElement>())

  function onKeyDown (event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = boardTabs.length - 1
    let next: number
    switch (event.key) {
      case 'ArrowRight': next = index === last ? 0 : index + 1; break
      case 'ArrowLeft': next = index === 0 ? last : index - 1; break
      case 'Home': next = 0; break
      case 'End': next = last; break
      default: return
    }
    event.preventDefault()
    buttons.current.get(boardTabs[next])?.focus()
  }

  return (
    <div className="tabs" role="tablist" aria-label={strings.board.tabsLabel}>
      {boardTabs.map((tab, index) => {
        const selected = tab === active
        return (
          <button
            key={tab}
            ref={element => {
              if (element) buttons.current.set(tab, element)
              else buttons.current.delete(tab)
            }}
            type="button"
            role="tab"
            id={boardTabId(tab)}
            className="tabs__tab"
            aria-selected={selected}
            aria-controls={selected ? boardPanelId(tab) : undefined}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(tab)}
            onKeyDown={event => onKeyDown(event, index)}
            data-testid={`tab-${tab}`}
          >
            {strings.board.tabs[tab]}
          </button>
        )
      })}
    </div>
  )
}
