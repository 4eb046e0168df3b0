import { bulletBlocks, hasBullets } from './bulletBlocks'

export interface CellTextProps {
  text: string
  /** Render «•», «-», «–» lines as a list («Ожидаемый результат»). */
  bullets?: boolean
}

/** A cell's text in display mode: line breaks kept (pre-wrap in CSS), bullet lines as a list. */
export function CellText ({ text, bullets = false }: CellTextProps) {
  if (!bullets || !hasBullets(text)) return <div className="plan-cell__text">{text}</div>
  return (
    <div className="plan-cell__text">
      {bulletBlocks(text).map((block, index) => block.kind === 'list'
        ? <ul key={index} className="plan-bullets">{block.items.map((item, i) => <li key={i}>{item}</li>)}</ul>
        : <div key={index}>{block.text}</div>)}
    </div>
  )
}
