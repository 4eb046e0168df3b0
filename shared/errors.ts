/** Stable error codes of the REST API and the sync protocol. */
export const ErrorCode = {
  badRequest: 'bad_request',
  validation: 'validation',
  unauthorized: 'unauthorized',
  invalidCredentials: 'invalid_credentials',
  forbidden: 'forbidden',
  notFound: 'not_found',
  conflict: 'conflict',
  userDeactivated: 'user_deactivated',
  readOnly: 'read_only',
  lastOwner: 'last_owner',
  boardAgreed: 'board_agreed',
  planInvalid: 'plan_invalid',
  tooLarge: 'too_large',
  unreadableFile: 'unreadable_file',
  tooManyAttempts: 'too_many_attempts',
  /** The board is agreed: its planned columns and structure (or the whole report) are locked until reopening. */
  locked: 'locked',
  /** A suggestion's words changed since it was made; the answer carries the current words. */
  staleSuggestion: 'stale_suggestion',
  /** The server could not write to its disk; the change was not kept. */
  notSaved: 'not_saved',
  internal: 'internal',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

export const errorMessages: Record<ErrorCode, string> = {
  bad_request: 'Некорректный запрос.',
  validation: 'Данные не прошли проверку.',
  unauthorized: 'Требуется вход в систему.',
  invalid_credentials: 'Неверный логин или пароль.',
  forbidden: 'Недостаточно прав для этого действия.',
  not_found: 'Не найдено.',
  conflict: 'Такая запись уже существует.',
  user_deactivated: 'Учётная запись отключена. Обратитесь к администратору.',
  read_only: 'Ваша роль не позволяет изменять содержимое доски.',
  last_owner: 'У доски должен остаться хотя бы один владелец.',
  board_agreed: 'Доска согласована: изменения закрыты до повторного открытия.',
  plan_invalid: 'В плане есть ошибки: исправьте их перед согласованием.',
  too_large: 'Слишком большой файл или запрос.',
  unreadable_file: 'Файл не удалось прочитать.',
  too_many_attempts: 'Слишком много попыток. Повторите позже.',
  locked: 'План согласован: плановые столбцы и структура закрыты до повторного открытия, изменять можно только факт.',
  stale_suggestion: 'Текст изменился после того, как правку предложили: примите решение по новому тексту.',
  not_saved: 'Сервер не смог записать изменение на диск, оно не сохранено. Повторите позже.',
  internal: 'Внутренняя ошибка сервера. Попробуйте ещё раз.',
}

/** The body of every REST error response. */
export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; /** For stale_suggestion: the anchored words as they are now. */ current?: string }
}
