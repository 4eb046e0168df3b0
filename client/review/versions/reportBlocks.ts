import type { ReportNodeJson } from '../../../shared/report/reportSnapshot'

/** A body block as plain text for the read-only version view; tables and generated blocks are named, not drawn. */
export type ReportBlock = { kind: 'text'; text: string } | { kind: 'table' } | { kind: 'generated' }

export function reportBlocks (nodes: readonly ReportNodeJson[]): ReportBlock[] {
  const blocks: ReportBlock[] = []
  const textOf = (node: ReportNodeJson): string => node.type === 'text' ? (node as { text: string }).text : 'content' in node ? node.content.map(textOf).join('') : ''
  const visit = (node: ReportNodeJson) => {
    if (node.type === 'text' || !('content' in node)) return
    if (node.type === 'typedTable' || node.type === 'table') return void blocks.push({ kind: 'table' })
    if (node.type === 'generatedBlock') return void blocks.push({ kind: 'generated' })
    if (node.content.every(child => child.type === 'text' || child.type === 'hardBreak')) {
      const text = textOf(node).trim()
      if (text) blocks.push({ kind: 'text', text })
    } else node.content.forEach(visit)
  }
  nodes.forEach(visit)
  return blocks
}
