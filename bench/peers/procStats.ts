/** CPU time and memory of a process, read from /proc (Linux). */
import { readFileSync } from 'node:fs'

/** utime + stime, in seconds. */
export function cpuSeconds (pid: number): number {
  return statCpuSeconds(`/proc/${pid}/stat`)
}

/** The same for the process's main thread alone (its JavaScript); the rest is the GC's helpers, libuv's pool, workers. */
export function mainThreadCpuSeconds (pid: number): number {
  return statCpuSeconds(`/proc/${pid}/task/${pid}/stat`)
}

function statCpuSeconds (file: string): number {
  // The fields after the name (which may contain spaces) start with the state, field 3 of stat(5).
  const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

function statusMiB (pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) / 1024
}

/** Peak resident set size (VmHWM), in MiB. */
export function peakRssMiB (pid: number): number {
  return statusMiB(pid, 'VmHWM')
}

/** Resident set size now (VmRSS), in MiB. */
export function rssMiB (pid: number): number {
  return statusMiB(pid, 'VmRSS')
}

/** CPU use of several processes over a window, in % of one core each. */
export function cpuMeter (pids: number[], seconds: (pid: number) => number = cpuSeconds): () => number[] {
  const before = pids.map(seconds)
  const t0 = performance.now()
  return () => {
    const wall = (performance.now() - t0) / 1000
    return pids.map((pid, i) => (seconds(pid) - before[i]) / wall * 100)
  }
}

/**
 * The kernel's count of connections refused because a listening socket's
 * accept queue was full (TcpExt ListenOverflows, for the whole machine): each
 * one is a client whose handshake is tried again only after a second or more.
 */
export function listenOverflows (): number {
  const [names, values] = readFileSync('/proc/net/netstat', 'utf8').split('\n').filter(line => line.startsWith('TcpExt:')).map(line => line.split(' '))
  return Number(values[names.indexOf('ListenOverflows')])
}

