/**
 * WebSocket close codes shared by the server and the client (4000–4999 is the
 * range RFC 6455 leaves to applications). The client decides from the code
 * whether to reconnect, sign the user out or drop its local copy and resync.
 * As y-websocket's provider does by default, 44xx means "reconnecting cannot
 * help" and 45xx means "try again later".
 */
export const CloseCode = {
  /** No valid session: the client stops reconnecting and asks to sign in. */
  unauthorized: 4401,
  /** Signed in, but not a member of the board (or removed from it). */
  forbidden: 4403,
  /** No such document. */
  notFound: 4404,
  /**
   * An update was refused (role, lock, schema). Nothing of it was applied; the
   * client must discard its local copy and sync afresh, because Yjs updates of
   * one client form an unbroken sequence and the server can accept no later one.
   */
  writeRefused: 4409,
  /** The client could not keep up with the broadcast and was dropped. */
  tooSlow: 4529,
  /** The document's stored state is unreadable; the file is kept for the administrator. */
  documentUnavailable: 4500,
  /** The server is shutting down; reconnect later. */
  serverShutdown: 4503,
} as const
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]

/** Russian explanations shown to the user for each close code. */
export const closeCodeMessages: Record<CloseCode, string> = {
  4401: 'Сеанс истёк или не начат. Войдите снова.',
  4403: 'У вас нет доступа к этой доске.',
  4404: 'Документ не найден.',
  4409: 'Изменение отклонено сервером. Документ загружен заново.',
  4529: 'Соединение слишком медленное; переподключение.',
  4500: 'Документ повреждён на сервере. Обратитесь к администратору.',
  4503: 'Сервер перезапускается; переподключение.',
}

/** Codes after which reconnecting cannot help until the user does something. */
export const terminalCloseCodes: ReadonlySet<number> = new Set([
  CloseCode.unauthorized,
  CloseCode.forbidden,
  CloseCode.notFound,
  CloseCode.documentUnavailable,
])
