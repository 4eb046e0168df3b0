import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * scrypt from Node's crypto (a memory-hard KDF, no native add-on to build).
 * N=2^15, r=8: ~32 MiB and ~50 ms per hash on this class of machine, which
 * makes offline guessing of a stolen hash expensive while sign-in stays quick.
 * Parameters are stored with the hash so they can be raised later.
 */
const PARAMS = { N: 1 << 15, r: 8, p: 1 }
const KEY_LENGTH = 32

/**
 * scrypt runs on libuv's thread pool (4 threads), off the event loop — but so
 * do file writes and fsyncs. A burst of sign-ins queued all at once would fill
 * the pool and hold every document save behind them, and each running hash
 * holds its 32 MiB. So at most this many hash at a time; the rest wait in line
 * here, costing nothing.
 */
const PARALLEL_HASHES = 2
let running = 0
const waiting: Array<() => void> = []

async function derive (password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  if (running >= PARALLEL_HASHES) await new Promise<void>(resolve => waiting.push(resolve))
  running++
  try {
    const options: ScryptOptions = { ...params, maxmem: 128 * params.N * params.r * 2 }
    return await new Promise((resolve, reject) => {
      scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => error ? reject(error) : resolve(key))
    })
  } finally {
    running--
    waiting.shift()?.()
  }
}

/** Hashes in progress and waiting (tests). */
export function hashingLoad (): { running: number; waiting: number } {
  return { running, waiting: waiting.length }
}

export async function hashPassword (password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, PARAMS)
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$')
}

export async function verifyPassword (password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !key) return false
  const expected = Buffer.from(key, 'base64')
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) })
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
