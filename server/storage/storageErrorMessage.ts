/**
 * A failed write told in Russian for the administrator and the people
 * editing: what is wrong with the disk, by the system's error code.
 */
const byCode: Record<string, string> = {
  ENOSPC: 'на диске сервера нет места',
  EDQUOT: 'исчерпана дисковая квота сервера',
  EROFS: 'папка данных доступна только для чтения',
  EACCES: 'нет прав на запись в папку данных',
  EPERM: 'запись в папку данных запрещена',
  EIO: 'ошибка ввода-вывода диска',
}

/** The error's system code (ENOSPC, EROFS, …), or `unknown`. */
export function storageErrorCode (error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' && code !== '' ? code : 'unknown'
}

export function storageErrorMessage (error: unknown): string {
  const code = storageErrorCode(error)
  return byCode[code] ?? `ошибка записи на диск (${error instanceof Error ? error.message : String(error)})`
}

/** Whether an error is the disk refusing a write, as opposed to a bug. */
export function isStorageError (error: unknown): boolean {
  return storageErrorCode(error) in byCode
}
