import type { VersionInfo } from '../../shared/review/versionModel'
import type { VersionStates, VersionStore } from './VersionStore'
import { VersionIdTaken } from './VersionIdTaken'

export class MemoryVersionStore implements VersionStore {
  private readonly versions = new Map<string, Array<{ info: VersionInfo; states: VersionStates }>>()
  private readonly authors = new Map<string, Array<{ login: string; minute: number }>>()

  async list (boardId: string): Promise<VersionInfo[]> {
    return (this.versions.get(boardId) ?? []).map(v => ({ ...v.info }))
  }

  async save (boardId: string, info: VersionInfo, states: VersionStates): Promise<void> {
    const list = this.versions.get(boardId) ?? []
    if (list.some(v => v.info.id === info.id)) throw new VersionIdTaken(info.id)
    list.push({ info: { ...info }, states: { ...states } })
    this.versions.set(boardId, list)
  }

  async load (boardId: string, versionId: string): Promise<VersionStates | null> {
    return this.versions.get(boardId)?.find(v => v.info.id === versionId)?.states ?? null
  }

  async recordAuthor (boardId: string, login: string, at: Date): Promise<void> {
    const minute = Math.floor(at.getTime() / 60_000)
    const list = this.authors.get(boardId) ?? []
    if (!list.some(a => a.login === login && a.minute === minute)) list.push({ login, minute })
    this.authors.set(boardId, list)
  }

  async authorsBetween (boardId: string, from: Date | null, to: Date): Promise<string[]> {
    const start = from ? Math.floor(from.getTime() / 60_000) : -Infinity
    const end = Math.floor(to.getTime() / 60_000)
    return [...new Set((this.authors.get(boardId) ?? []).filter(a => a.minute >= start && a.minute <= end).map(a => a.login))].sort()
  }
}
