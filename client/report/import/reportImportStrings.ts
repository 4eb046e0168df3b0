/** What the «Импорт из Word» dialog of the report says, in one place for review. */
export const reportImportStrings = {
  open: 'Импорт из Word',
  title: 'Импорт отчёта из Word',
  intro: 'Выберите документ Word (.docx). Заголовки документа станут разделами и подразделами отчёта, номера разделов («2.1.») Планёрка расставит сама; списки, таблицы, подписи и сноски сохранятся.',
  fileLabel: 'Документ Word',
  reading: (name: string) => `Чтение файла «${name}»…`,
  importing: 'Импорт в отчёт…',
  notDocx: 'Выберите файл .docx: документ Word. Файл .doc сохраните в Word как .docx.',
  found: 'Найдено в документе',
  reportTitle: 'Заголовок отчёта (на титульный лист)',
  counts: (c: { headings: number; sections: number; tables: number; cells: number; footnotes: number; lists: number; captions: number }) =>
    `Заголовков: ${c.headings}, разделов: ${c.sections}, таблиц: ${c.tables} (ячеек: ${c.cells}), списков: ${c.lists}, подписей: ${c.captions}, сносок: ${c.footnotes}.`,
  outline: 'Разделы',
  notes: 'Обратите внимание',
  replace: 'Заменить разделы отчёта (текущий отчёт сохранится как версия — его можно посмотреть и восстановить в «Версиях»)',
  append: 'Добавить разделы после имеющихся',
  apply: 'Импортировать',
  cancel: 'Отмена',
  close: 'Закрыть',
  done: (sections: number) => `Готово: в отчёт добавлено разделов — ${sections}.`,
  keptAs: (name: string) => `Прежний отчёт сохранён как версия «${name}».`,
} as const
