/**
 * Where the server takes the y-websocket protocol: `${SYNC_PATH}/<document>`.
 * Public: scripts and stock y-websocket providers connect here.
 */
export const SYNC_PATH = '/api/sync'
