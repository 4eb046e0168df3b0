/**
 * A section body (TipTap's ProseMirror JSON, as readReport gives it) turned
 * into report blocks. Node names are TipTap's: StarterKit's paragraph,
 * heading, lists, blockquote, codeBlock, horizontalRule and hardBreak,
 * TableKit's table nodes, and Planerka's generatedBlock and typedTable. A node
 * a newer client may add is not lost: its text is printed as a paragraph.
 */
import { generatedBlockKey } from '../../shared/report/freezeGenerated'
import type { ReportElementNode, ReportNodeJson } from '../../shared/report/reportSnapshot'
import type { ReportExportInput } from './reportContent'
import { inlineRuns, isElement, plainText } from './reportInline'
import type { FootnoteText, ReportBlock } from './reportModel'
import { generatedBlockBlocks, tiptapTableBlock, typedTableBlocks } from './reportTables'

export interface BodyContext {
  input: ReportExportInput
  sectionId: string
  /**
   * The frozen-content key of the node being read: only top-level nodes of a
   * section body have one (freezeGeneratedBlocks keys a block by its section
   * and its index among the body's top-level nodes).
   */
  frozenKey?: string
  /** Captions are numbered through the whole report. */
  counters: { tables: number; figures: number }
  /** Footnotes, numbered through the whole report. */
  footnotes: FootnoteText[]
  /** The section's depth in the outline (0 for «3.»): in-text headings are Word headings below it. */
  depth: number
}

/** A block's list of blocks from body nodes (used for section bodies, list items, quotes and table cells). */
export function bodyBlocks (nodes: readonly ReportNodeJson[], context: BodyContext, topLevel = false): ReportBlock[] {
  const blocks: ReportBlock[] = []
  let loose: ReportNodeJson[] = []
  // Text directly in a container (not in a paragraph) is kept as a paragraph of its own.
  const flush = () => {
    if (loose.length > 0) blocks.push({ kind: 'paragraph', runs: inlineRuns(loose, context.footnotes) })
    loose = []
  }
  nodes.forEach((node, index) => {
    if (!isElement(node) || node.type === 'hardBreak') {
      loose.push(node)
      return
    }
    flush()
    context.frozenKey = topLevel ? generatedBlockKey(context.sectionId, index) : undefined
    blocks.push(...nodeBlocks(node, context))
  })
  flush()
  return blocks
}

function nodeBlocks (node: ReportElementNode, context: BodyContext): ReportBlock[] {
  switch (node.type) {
    case 'paragraph':
      return [{ kind: 'paragraph', runs: inlineRuns(node.content, context.footnotes) }]
    case 'heading': {
      // The editor's level 3 is the first heading inside a section: one Word level below the section's own.
      const below = Number(node.attrs.level) >= 4 ? 1 : 0
      return [{ kind: 'subheading', level: Math.min(6, context.depth + 2 + below), runs: inlineRuns(node.content, context.footnotes) }]
    }
    case 'caption':
      return [{ kind: 'caption', text: plainText(node.content) }]
    case 'bulletList':
    case 'orderedList':
      return [listBlock(node, context)]
    case 'listItem':
      return bodyBlocks(node.content, context)
    case 'blockquote':
      return [{ kind: 'quote', blocks: bodyBlocks(node.content, context) }]
    case 'codeBlock':
      return [{ kind: 'code', text: plainText(node.content) }]
    case 'horizontalRule':
      return [{ kind: 'rule' }]
    case 'table': {
      // Word refuses a table without rows; an emptied table is simply not printed.
      const table = tiptapTableBlock(node, (cell) => bodyBlocks(cell, context))
      return table.rows.length === 0 ? [] : [table]
    }
    case 'typedTable':
      return typedTableBlocks(node.attrs.tableId, context)
    case 'generatedBlock':
      return generatedBlockBlocks(node.attrs.kind, node.attrs.params, context)
    default: {
      const text = plainText(node.content)
      return text.trim() === '' ? [] : [{ kind: 'paragraph', runs: [{ text }] }]
    }
  }
}

function listBlock (node: ReportElementNode, context: BodyContext): ReportBlock {
  const start = Number(node.attrs.start)
  return {
    kind: 'list',
    ordered: node.type === 'orderedList',
    start: Number.isSafeInteger(start) && start > 0 ? start : 1,
    items: node.content.filter(isElement).map((item) => bodyBlocks(item.type === 'listItem' ? item.content : [item], context)),
  }
}
