/** CPU time and memory of a process, read from /proc (Linux). */
import { readFileSync } from 'node:fs'

/** utime + stime, in seconds. */
export function cpuSeconds (pid: number): number {
  // The fields after the name (which may contain spaces) start with the state, field 3 of stat(5).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
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
export function cpuMeter (pids: number[]): () => number[] {
  const before = pids.map(cpuSeconds)
  const t0 = performance.now()
  return () => {
    const wall = (performance.now() - t0) / 1000
    return pids.map((pid, i) => (cpuSeconds(pid) - before[i]) / wall * 100)
  }
}
