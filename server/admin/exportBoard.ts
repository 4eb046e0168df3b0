import type { ExportOptions } from '../export/renderBoardDocuments'
import type { OpenServices } from '../openServices'
import type { BoardRecord } from '../storage/MetaData'
import { BackupService } from './BackupService'

export interface ExportedFile {
  name: string
  bytes: Uint8Array
}

/** Renders a board's documents in a format, from the board's live state. */
export async function exportBoard (s: OpenServices, board: BoardRecord, format: 'docx' | 'pdf' | 'odt' | 'json', what: 'plan' | 'report' | 'all' | 'timeline', options: ExportOptions = {}): Promise<ExportedFile[]> {
  if (format === 'json') {
    const backup = await new BackupService(s).backupBoard(board)
    return [{ name: `Доска ${board.year} — ${board.district}.json`.replace(/[\\/:*?"<>|]/g, '_'), bytes: Buffer.from(JSON.stringify(backup, null, 1)) }]
  }
  const { renderBoardDocuments } = await import('../export/renderBoardDocuments')
  return renderBoardDocuments(s, board, format, what, options)
}
