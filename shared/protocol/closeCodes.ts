/**
 * WebSocket close codes shared by the server and the client (4000–4999 is the
 * range RFC 6455 leaves to applications; 1009 is the standard "message too
 * big"). Every code has exactly one client behaviour in `closeBehaviour`; the
 * client follows that table and not y-websocket's default (which treats only
 * 4400–4499 as final, so a 4500 would loop forever). Stock y-websocket clients
 * still get sensible defaults: 44xx stop, 45xx retry.
 */
export const CloseCode = {
  /** A single WebSocket message was larger than the server accepts; nothing of it was applied. */
  messageTooBig: 1009,
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
  /** The update would make the document larger than the server keeps; nothing of it was applied. */
  documentTooLarge: 4413,
  /** Too many updates per second from this connection, after a warning. */
  tooManyUpdates: 4429,
  /** Too many open connections for this person, board or address. */
  tooManyConnections: 4430,
  /** The client could not keep up with the broadcast and was dropped. */
  tooSlow: 4529,
  /** The document's stored state is unreadable; the file is kept for the administrator. */
  documentUnavailable: 4500,
  /** The server is shutting down; reconnect later. */
  serverShutdown: 4503,
  /**
   * The server cannot write to its disk and already holds as many unsaved
   * changes in memory as it may (syncLimits.maxUnsavedBytes). Nothing of the
   * refused update was applied; the client keeps it and sends it again after
   * reconnecting, once writing works (as HTTP 507 Insufficient Storage).
   */
  storageFull: 4507,
} as const
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]

/**
 * What the client does after each close:
 * - `reconnect`: at once, with the provider's usual backoff (transient trouble);
 * - `reconnectLater`: after `RECONNECT_LATER_MS`, showing the message meanwhile
 *   (retrying at once would hit the same limit);
 * - `resync`: the server refused something this copy holds; drop the copy and
 *   load the document afresh (the refused text is kept for the user to copy);
 * - `signIn`: stop and ask to sign in; `stop`: stop and show the message.
 */
export type CloseBehaviour = 'reconnect' | 'reconnectLater' | 'resync' | 'signIn' | 'stop'

export const closeBehaviour: Record<CloseCode, CloseBehaviour> = {
  1009: 'resync',
  4401: 'signIn',
  4403: 'stop',
  4404: 'stop',
  4409: 'resync',
  4413: 'resync',
  4429: 'reconnectLater',
  4430: 'reconnectLater',
  4529: 'reconnect',
  4500: 'stop',
  4503: 'reconnect',
  4507: 'reconnectLater',
}

/** The wait before `reconnectLater`: long enough for a rate window or another tab to pass. */
export const RECONNECT_LATER_MS = 10_000

/** Russian explanations shown to the user for each close code. */
export const closeCodeMessages: Record<CloseCode, string> = {
  1009: 'Изменение слишком большое для сервера и не сохранено. Документ загружен заново; ваш текст можно скопировать.',
  4401: 'Сеанс истёк или не начат. Войдите снова.',
  4403: 'У вас нет доступа к этой доске.',
  4404: 'Документ не найден.',
  4409: 'Изменение отклонено сервером. Документ загружен заново.',
  4413: 'Документ достиг предельного размера; последнее изменение не сохранено. Документ загружен заново.',
  4429: 'Слишком много изменений за короткое время; соединение восстановится через несколько секунд.',
  4430: 'Открыто слишком много соединений (вкладок); закройте лишние — соединение восстановится само.',
  4529: 'Соединение слишком медленное; переподключение.',
  4500: 'Документ повреждён на сервере. Обратитесь к администратору.',
  4503: 'Сервер перезапускается; переподключение.',
  4507: 'Сервер не может записать изменения на диск, и новые правки пока не принимаются. Ваши правки остаются в браузере и будут отправлены, когда запись восстановится.',
}

/** The behaviour for any close code, known or not: unknown codes are treated as transient. */
export function behaviourOf (code: number): CloseBehaviour {
  return (closeBehaviour as Record<number, CloseBehaviour>)[code] ?? 'reconnect'
}

/** The Russian message for a close code, with a generic one for codes this client does not know. */
export function closeMessageOf (code: number): string {
  return (closeCodeMessages as Record<number, string>)[code] ?? `Соединение закрыто сервером (код ${code}).`
}
