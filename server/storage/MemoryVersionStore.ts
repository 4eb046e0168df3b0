import type { VersionInfo } from '../../shared/review/versionModel'
import { collectAuthorMinutes, type AuthorEntry } from './authorMinutes'
import type { AuthorMinute, VersionStates, VersionStore } from './VersionStore'
import { VersionIdTaken } from './VersionIdTaken'

export class MemoryVersionStore implements VersionStore {
  private readonly versions = new Map<string, Array<{ info: VersionInfo; states: VersionStates }>>()
  private readonly authors = new Map<string, AuthorEntry[]>()

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

  async recordAuthor (boardId: string, login: string, at: Date, parts: readonly string[] = []): Promise<void> {
    const list = this.authors.get(boardId) ?? []
    list.push({ login, minute: Math.floor(at.getTime() / 60_000), parts: [...parts] })
    this.authors.set(boardId, list)
  }

  async changesBetween (boardId: string, from: Date | null, to: Date): Promise<AuthorMinute[]> {
    return collectAuthorMinutes(this.authors.get(boardId) ?? [], from, to)
  }
}
