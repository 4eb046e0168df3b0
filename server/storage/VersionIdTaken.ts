/**
 * A version with this id is already saved. Versions are immutable, so a
 * second save under the same id is refused; an automatic version uses a
 * deterministic id to let the first of several instances win and the others
 * see this instead of saving a duplicate.
 */
export class VersionIdTaken extends Error {
  constructor (readonly versionId: string) {
    super(`Версия ${versionId} уже существует`)
    this.name = 'VersionIdTaken'
  }
}
