import { notifySessionEnded } from '../api/sessionEvents'
import { strings } from '../strings'

export type ExportFormat = 'docx' | 'pdf' | 'odt' | 'json'
export type ExportWhat = 'plan' | 'report' | 'timeline'

/**
 * Downloads one exported document and saves it under the server's Russian
 * file name. Expected failures are values with a Russian message.
 */
export async function downloadExport (boardId: string, format: ExportFormat, what: ExportWhat, columns?: readonly string[]): Promise<{ ok: true; name: string } | { ok: false; message: string }> {
  let response: Response
  try {
    const columnsQuery = columns ? `&columns=${encodeURIComponent(columns.join(','))}` : ''
    response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/export?format=${format}&what=${what}${columnsQuery}`, { credentials: 'same-origin' })
  } catch {
    return { ok: false, message: strings.api.network }
  }
  if (!response.ok) {
    if (response.status === 401) notifySessionEnded()
    const body = await response.json().catch(() => null) as { error?: { message?: string } } | null
    return { ok: false, message: body?.error?.message ?? strings.api.unexpected(response.status) }
  }
  const disposition = response.headers.get('content-disposition') ?? ''
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1]
  const name = encoded ? decodeURIComponent(encoded) : `planerka.${format}`
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked on the next turn: the browser has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0)
  return { ok: true, name }
}
