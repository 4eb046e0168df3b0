/**
 * Hocuspocus as it comes (in memory, no extensions): `new Server()` on
 * loopback port 0. Prints the address it listens on.
 */
import { Server } from '@hocuspocus/server'

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true })
await server.listen()
console.log(`listening: ws://127.0.0.1:${server.address.port}`)
