import { mkdir } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import { Hono } from 'hono'
import { AdminOps } from './admin/AdminOps'
import { checkMetadataPresent, initialiseData } from './dataFolder'
import { acquireDataLock, DataBusyError } from './dataLock'
import type { HttpSettings } from './http/appEnv'
import { createApp } from './http/createApp'
import { WebSocketUpgrades } from './http/webSocketUpgrades'
import { openServices, type OpenServices } from './openServices'
import type { SyncHub } from './sync/SyncHub'
import type { ClusterConfig } from './cluster/openClusterStores'
import type { DocStore } from './storage/DocStore'
import type { SyncLimits } from './sync/syncLimits'

/**
 * Connections the kernel may hold for us before they are accepted (capped by
 * net.core.somaxconn). Node's default is 511: when 2,000 clients connect at
 * once — every browser of a district coming back after a restart — the
 * kernel dropped ~1,500 of their handshakes (TcpExtListenOverflows), and each
 * dropped one tried again only after a second or more.
 */
const LISTEN_BACKLOG = 4096

export interface ServerOptions {
  port: number
  host?: string
  dataDir: string
  /** Sets admin's password on first start; a random one is generated (and returned) otherwise. */
  adminPassword?: string
  clientDir?: string | null
  /** Create the demo board on first start. */
  demo?: boolean
  saveDebounceMs?: number
  saveMaxWaitMs?: number
  unloadDelayMs?: number
  /** Limits of the sync path (sizes, rates, connection caps); defaults in sync/syncLimits.ts. */
  syncLimits?: Partial<SyncLimits>
  log?: (message: string) => void
  /** PostgreSQL and Redis for several instances (PLANERKA_DATABASE_URL, PLANERKA_REDIS_URL). */
  cluster?: ClusterConfig
  /** Secure cookies, trusting a reverse proxy, sign-in limits (see http/appEnv.ts). */
  http?: Partial<HttpSettings>
  /** Wraps the document store (tests inject faults such as a full disk through it). */
  wrapDocStore?: (store: DocStore) => DocStore
}

export interface RunningServer {
  port: number
  url: string
  /** Set on the very first start when no password was given. */
  generatedAdminPassword: string | null
  /** Problems found in stored documents at start (each names its file). */
  damagedDocuments: string[]
  hub: SyncHub
  /** Saves everything and stops. */
  close (): Promise<void>
}

/** Starts Planerka: metadata, documents, REST and sync on one port. */
export async function startServer (options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((message: string) => console.error(message))
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 })
  const lock = await acquireDataLock(options.dataDir, { kind: 'server' })
  if (!lock.ok) throw new DataBusyError(options.dataDir, lock.holder)
  let services: OpenServices
  try {
    // With PostgreSQL the folder holds no metadata by design.
    if (!options.cluster) await checkMetadataPresent(options.dataDir)
    services = await openServices({ ...options, log })
  } catch (error) {
    await lock.release()
    throw error
  }
  const { hub, damagedDocuments } = services
  for (const problem of damagedDocuments) log(`ВНИМАНИЕ: ${problem}. Документ не будет открыт, пока файл не восстановлен.`)

  const admin = await initialiseData(services, options)

  const root = new Hono()
  const upgrades = new WebSocketUpgrades(hub.limits.maxMessageBytes, log)
  root.route('/', createApp({ ...services, admin: new AdminOps(services), cliToken: lock.token }, upgrades, { clientDir: options.clientDir ?? null, log, settings: options.http }))

  const server = await new Promise<Server>((resolve, reject) => {
    // An HTTP/1 server (no TLS or HTTP/2 options are given), the one kind that has upgrades.
    const s = createAdaptorServer({ fetch: root.fetch, hostname: options.host }) as Server
    s.once('error', reject)
    s.listen({ port: options.port, host: options.host, backlog: LISTEN_BACKLOG }, () => resolve(s))
  }).catch(async (error: unknown) => {
    await services.close()
    await lock.release()
    throw error
  })
  upgrades.attach(server, (request, env) => root.fetch(request, env))
  const port = (server.address() as AddressInfo).port
  lock.update({ port })

  let closing: Promise<void> | null = null
  return {
    port,
    url: `http://${urlHost(options.host)}:${port}`,
    generatedAdminPassword: admin.generatedAdminPassword,
    damagedDocuments,
    hub,
    close () {
      closing ??= (async () => {
        // Stop accepting, then close the sync connections (they keep the HTTP
        // server open), then wait for the server and the last writes.
        const stopped = new Promise<void>(resolve => server.close(() => resolve()))
        if ('closeIdleConnections' in server) server.closeIdleConnections()
        try {
          await services.close()
        } finally {
          await stopped
          await lock.release()
        }
      })()
      return closing
    },
  }
}

/**
 * The host of the address printed at start: the one it listens on when HOST
 * names one (a client given `localhost` for a server on 127.0.0.1 looks the
 * name up for every connection, and may try ::1 first), `localhost` when it
 * listens on every interface.
 */
export function urlHost (host: string | undefined): string {
  if (!host || host === '0.0.0.0' || host === '::') return 'localhost'
  return host.includes(':') ? `[${host}]` : host
}

