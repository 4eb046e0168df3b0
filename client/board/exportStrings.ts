/** User-facing strings of the export menu and the year rollover. */
export const exportStrings = {
  menu: 'Экспорт',
  items: {
    planDocx: 'План мероприятий — DOCX',
    planPdf: 'План мероприятий — PDF',
    reportDocx: 'Аналитический отчёт — DOCX',
    reportPdf: 'Аналитический отчёт — PDF',
    reportOdt: 'Аналитический отчёт — ODT (LibreOffice, МойОфис, Р7-Офис)',
    bothDocx: 'План и отчёт — DOCX',
    timelinePdf: 'Таймлайн для печати (A3) — PDF',
    json: 'Резервная копия доски — JSON',
  },
  preparing: (what: string) => `Готовлю документ: ${what}…`,
  done: (name: string) => `Файл «${name}» скачан.`,
  failed: (message: string) => `Не удалось выгрузить: ${message}`,
  rollover: 'Новый учебный год',
  rolloverConfirm: (year: string) => `Создать доску ${year} из этой? План, реестр, шаблон отчёта и участники будут перенесены; статусы и итоги — очищены, точные даты — отмечены для проверки.`,
  rolloverYes: 'Создать',
  rolloverNo: 'Отмена',
  rolloverRunning: 'Создаю доску нового года…',
  rolloverDone: (title: string) => `Создана доска «${title}».`,
  open: 'Открыть',
} as const
