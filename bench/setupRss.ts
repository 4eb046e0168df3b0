/** Peak RSS of the Planerka server: idle, then after the bench's 400 boards are made through the REST API. */
import { peakRssMiB, rssMiB } from './peers/procStats'
import { startServer } from './peers/serverUnderTest'
import { ServerKind } from './peers/benchClient'

const server = await startServer(ServerKind.planerka)
console.log(`idle: rss ${rssMiB(server.pid).toFixed(0)} MiB, peak ${peakRssMiB(server.pid).toFixed(0)} MiB`)
const t0 = performance.now()
await server.prepareDocs(400)
console.log(`400 boards in ${((performance.now() - t0) / 1000).toFixed(1)} s: rss ${rssMiB(server.pid).toFixed(0)} MiB, peak ${peakRssMiB(server.pid).toFixed(0)} MiB`)
await server.stop()
