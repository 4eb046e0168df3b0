/** The part of fs-ext (flock(2) for Node) that dataLock.ts uses. */
declare module 'fs-ext' {
  export function flockSync (fd: number, flags: 'ex' | 'exnb' | 'sh' | 'shnb' | 'un'): void
}
