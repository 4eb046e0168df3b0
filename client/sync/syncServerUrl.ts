import { SYNC_PATH } from '../../shared/protocol/syncPath'

/** The sync route on the server that served this page (ws: or wss: to match). */
export function syncServerUrl (): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${protocol}//${location.host}${SYNC_PATH}`
}
