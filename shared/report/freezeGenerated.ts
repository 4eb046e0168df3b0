/**
 * The content of every generated block of a report, computed once: what an
 * agreed version keeps, so the agreed report does not change when the plan is
 * edited afterwards. A block is keyed by its section id and its position among
 * the section body's top-level nodes.
 */
import { GeneratedBlockKind, isGeneratedBlockKind } from './blockKinds'
import { parseBlockParams } from './generate/blockParams'
import { generateBlock } from './generate/generateBlock'
import type { GeneratedTable, GenerationInput } from './generatedTable'
import type { ReportSectionSnapshot, ReportSnapshot } from './reportSnapshot'
import { ReportNode } from './reportDoc'

export function generatedBlockKey (sectionId: string, index: number): string {
  return `${sectionId}:${index}`
}

export function freezeGeneratedBlocks (report: ReportSnapshot, input: GenerationInput): Record<string, GeneratedTable> {
  const frozen: Record<string, GeneratedTable> = {}
  const visit = (section: ReportSectionSnapshot) => {
    section.body.forEach((node, index) => {
      if (node.type !== ReportNode.generatedBlock || !('attrs' in node)) return
      const kind = node.attrs.kind
      if (!isGeneratedBlockKind(kind)) return
      frozen[generatedBlockKey(section.id, index)] = generateBlock(kind as GeneratedBlockKind, parseBlockParams(node.attrs.params), input)
    })
    section.children.forEach(visit)
  }
  report.sections.forEach(visit)
  return frozen
}
