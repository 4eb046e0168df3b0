import { useState } from 'react'
import { useBoardConnection } from './BoardConnection'
import { liveStrings } from './liveStrings'

/** The words the server refused, shown so they can be copied elsewhere instead of being lost. */
export function RefusedTextsNotice () {
  const { refused, dismissRefused } = useBoardConnection()
  const [copied, setCopied] = useState(false)
  if (refused.length === 0) return null
  const all = refused.map(item => `${item.where}:\n${item.text}`).join('\n\n')
  return (
    <div className="notice notice--error refused-texts" role="alert" data-testid="refused-texts">
      <p>{liveStrings.refused.intro}</p>
      <ul>
        {refused.map((item, index) => (
          <li key={index} data-testid="refused-text"><strong>{item.where}</strong><pre>{item.text}</pre></li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" onClick={() => { void navigator.clipboard?.writeText(all).then(() => setCopied(true)) }}>
        {copied ? liveStrings.refused.copied : liveStrings.refused.copy}
      </button>
      <button type="button" className="button button--link" onClick={dismissRefused}>{liveStrings.refused.dismiss}</button>
    </div>
  )
}
