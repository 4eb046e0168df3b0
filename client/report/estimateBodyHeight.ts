import * as Y from 'yjs'
import { ReportNode } from '../../shared/report/reportDoc'

/** Roughly what one body line holds and measures at the report's width and font. */
const CHARS_PER_LINE = 95
const LINE_PX = 26
const BLOCK_GAP_PX = 10
const EMBEDDED_PX = 220

function textLength (node: Y.XmlElement | Y.XmlText | Y.XmlFragment): number {
  if (node instanceof Y.XmlText) return node.length
  let length = 0
  for (const child of node.toArray()) if (child instanceof Y.XmlText || child instanceof Y.XmlElement) length += textLength(child)
  return length
}

/**
 * The height a section body will roughly take once its editor is mounted, so
 * that the placeholder standing in for it keeps the scrollbar and the
 * outline's jumps close to where they will end up.
 */
export function estimateBodyHeight (body: Y.XmlFragment): number {
  let height = 0
  for (const child of body.toArray()) {
    if (child instanceof Y.XmlElement && (child.nodeName === ReportNode.generatedBlock || child.nodeName === ReportNode.typedTable)) {
      height += EMBEDDED_PX
    } else if (child instanceof Y.XmlElement || child instanceof Y.XmlText) {
      height += Math.max(1, Math.ceil(textLength(child) / CHARS_PER_LINE)) * LINE_PX + BLOCK_GAP_PX
    }
  }
  return Math.max(LINE_PX * 2, height)
}
