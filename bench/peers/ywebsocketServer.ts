/**
 * The reference server, `@y/websocket-server` as it comes (in memory, no
 * auth): its own `server.js`, but on loopback port 0 so the bench can run it
 * beside anything else. Prints the address it listens on.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'
import { setupWSConnection } from '@y/websocket-server/utils'

const wss = new WebSocketServer({ noServer: true })
wss.on('connection', setupWSConnection)
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' })
  response.end('okay')
})
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, ws => wss.emit('connection', ws, request))
})
server.listen(0, '127.0.0.1', () => {
  console.log(`listening: ws://127.0.0.1:${(server.address() as AddressInfo).port}`)
})
