import type { ReportNodeJson, TypedTableSnapshot } from '../../../shared/report/reportSnapshot'
import { typedTableDefinitions } from '../../../shared/report/typedTableKinds'

/** A body block for the read-only version view: text, or a table drawn as a table. */
export type ReportBlock =
  | { kind: 'text'; text: string }
  | { kind: 'table'; title?: string; header: string[]; rows: string[][] }
  /** A generated block the view could not compute (an unknown kind). */
  | { kind: 'generated' }

export interface ReportBlockSources {
  /** The version's typed tables, by id. */
  tables?: Readonly<Record<string, TypedTableSnapshot>>
  /** The content of a generated block (frozen at agreement or computed from the version's plan), by its kind, parameters and place. */
  generated?: (kind: unknown, params: unknown, topIndex: number) => { title: string; columns: string[]; rows: Array<{ cells: string[] }> } | null
}

export function reportBlocks (nodes: readonly ReportNodeJson[], sources: ReportBlockSources = {}): ReportBlock[] {
  const blocks: ReportBlock[] = []
  const textOf = (node: ReportNodeJson): string => node.type === 'text' ? (node as { text: string }).text : 'content' in node ? node.content.map(textOf).join(' ').replace(/\s+/g, ' ') : ''
  const visit = (node: ReportNodeJson, topIndex: number) => {
    if (node.type === 'text' || !('content' in node)) return
    if (node.type === 'table') {
      const rows = node.content.filter(row => 'content' in row).map(row => ('content' in row ? row.content : []).map(cell => textOf(cell).trim()))
      const header = node.content[0] && 'content' in node.content[0] && node.content[0].content.every(cell => cell.type === 'tableHeader')
      return void blocks.push({ kind: 'table', header: header ? rows[0] ?? [] : [], rows: header ? rows.slice(1) : rows })
    }
    if (node.type === 'typedTable') {
      const table = typeof node.attrs.tableId === 'string' ? sources.tables?.[node.attrs.tableId] : undefined
      if (!table) return void blocks.push({ kind: 'table', header: [], rows: [] })
      const definition = typedTableDefinitions[table.kind]
      return void blocks.push({ kind: 'table', title: definition.title, header: definition.columns.map(c => c.label), rows: table.rows.map(row => definition.columns.map(c => row[c.key] ?? '')) })
    }
    if (node.type === 'generatedBlock') {
      const table = sources.generated?.(node.attrs.kind, node.attrs.params, topIndex) ?? null
      return void blocks.push(table ? { kind: 'table', title: table.title, header: table.columns, rows: table.rows.map(row => row.cells) } : { kind: 'generated' })
    }
    if (node.content.every(child => child.type === 'text' || child.type === 'hardBreak')) {
      const text = textOf(node).trim()
      if (text) blocks.push({ kind: 'text', text })
    } else node.content.forEach(child => visit(child, topIndex))
  }
  nodes.forEach((node, index) => visit(node, index))
  return blocks
}
