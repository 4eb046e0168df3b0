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
  weakPassword: 'weak_password',
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
  weak_password: 'Пароль слишком простой.',
  internal: 'Внутренняя ошибка сервера. Попробуйте ещё раз.',
}

/** The body of every REST error response. */
export interface ApiErrorBody {
  error: { code: ErrorCode; message: string }
}
