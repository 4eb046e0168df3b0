/** The tabs of a board page, in display order. Labels are in strings.board.tabs. */
export const BoardTab = {
  board: 'board',
  plan: 'plan',
  timeline: 'timeline',
  report: 'report',
  registry: 'registry',
  members: 'members',
} as const
export type BoardTab = (typeof BoardTab)[keyof typeof BoardTab]

export const boardTabs: readonly BoardTab[] = [
  BoardTab.board,
  BoardTab.plan,
  BoardTab.timeline,
  BoardTab.report,
  BoardTab.registry,
  BoardTab.members,
]

export function isBoardTab (value: unknown): value is BoardTab {
  return typeof value === 'string' && (boardTabs as readonly string[]).includes(value)
}

/** Element ids that tie a tab to its panel (aria-controls / aria-labelledby). */
export function boardTabId (tab: BoardTab): string {
  return `board-tab-${tab}`
}

export function boardPanelId (tab: BoardTab): string {
  return `board-panel-${tab}`
}
