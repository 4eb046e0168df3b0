/**
 * Codes of the «error» message (MessageType.error) that concern the sync
 * connection itself rather than a REST call, with their Russian texts.
 */
export const SyncErrorCode = {
  /** A warning: the connection sends updates faster than allowed; it is closed 4429 if it keeps on. */
  rateWarning: 'rate_warning',
  rateLimited: 'rate_limited',
  documentTooLarge: 'document_too_large',
  tooManyConnections: 'too_many_connections',
  /** The update refers to too much that the server has never seen (pending structs). */
  tooManyPending: 'too_many_pending',
  /** The server cannot write to its disk and holds as many unsaved changes as it may: the update is refused (close 4507). */
  storageFull: 'storage_full',
} as const
export type SyncErrorCode = (typeof SyncErrorCode)[keyof typeof SyncErrorCode]

export const syncErrorMessages: Record<SyncErrorCode, string> = {
  rate_warning: 'Слишком много изменений подряд. Если так продолжится, соединение будет закрыто.',
  rate_limited: 'Слишком много изменений за короткое время; соединение закрыто.',
  document_too_large: 'Документ достиг предельного размера; изменение не принято.',
  too_many_connections: 'Открыто слишком много соединений (вкладок) с этой доской или с этого адреса.',
  too_many_pending: 'Изменение ссылается на данные, которых нет на сервере; оно не принято.',
  storage_full: 'Сервер не может записать изменения на диск и не принимает новые, пока запись не восстановится. Ваша правка не потеряна: она останется в браузере и будет отправлена позже.',
}
