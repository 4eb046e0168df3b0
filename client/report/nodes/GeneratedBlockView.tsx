import { useMemo } from 'react'
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { generatedBlockSources, generatedBlockTitles, isGeneratedBlockKind } from '../../../shared/report/blockKinds'
import { formatMoscowTime } from '../formatMoscowTime'
import { useReportContext } from '../ReportContext'
import { reportStrings } from '../reportStrings'
import { computeBlock } from './computeBlock'
import { GeneratedTableView } from './GeneratedTableView'

/**
 * A generated block as the editor shows it: recomputed from the plan and the
 * registry whenever either changes (for everyone, since each browser computes
 * it from its own live copy), never written back into the report.
 */
export function GeneratedBlockView ({ node }: ReactNodeViewProps) {
  const { input } = useReportContext()
  const kind: unknown = node.attrs.kind
  const params: unknown = node.attrs.params
  const result = useMemo(() => input ? computeBlock(kind, params, input) : null, [kind, params, input])
  const fallbackTitle = isGeneratedBlockKind(kind) ? generatedBlockTitles[kind] : String(kind ?? '')
  const title = result?.ok ? result.table.title || fallbackTitle : fallbackTitle

  return (
    <NodeViewWrapper
      className="generated-block"
      contentEditable={false}
      data-testid="generated-block"
      data-kind={String(kind ?? '')}
    >
      {result?.ok
        ? (
          <>
            <div className="generated-block__header" data-testid="generated-recomputed" data-at={result.at.toISOString()}>
              {reportStrings.generated.header(title, isGeneratedBlockKind(kind) ? generatedBlockSources[kind] : 'plan', formatMoscowTime(result.at))}
            </div>
            <GeneratedTableView table={result.table} />
          </>
        )
        : (
          <>
            <div className="generated-block__header">{title}</div>
            <p className="generated-block__message">{result ? result.error : reportStrings.generated.waitingPlan}</p>
          </>
        )}
    </NodeViewWrapper>
  )
}
