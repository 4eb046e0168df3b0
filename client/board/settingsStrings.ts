/** User-facing strings of the board's document settings form (title page and approval block). */
export const settingsStrings = {
  open: 'Реквизиты документов',
  title: 'Реквизиты для титульного листа и грифов',
  hint: 'Печатаются во всех выгрузках плана и отчёта: организация и город — на титуле, «УТВЕРЖДАЮ» (руководитель) и «СОГЛАСОВАНО» (председатель Экспертного совета) — по ГОСТ Р 7.0.97-2016.',
  organisation: 'Полное наименование организации',
  city: 'Город',
  directorPosition: 'Должность руководителя («УТВЕРЖДАЮ»)',
  directorName: 'Руководитель (И. О. Фамилия)',
  chairPosition: 'Должность («СОГЛАСОВАНО»)',
  chairName: 'Председатель Экспертного совета (И. О. Фамилия)',
  protocolNumber: 'Протокол №',
  protocolDate: 'от (ДД.ММ.ГГГГ)',
  save: 'Сохранить',
  cancel: 'Закрыть',
  saving: 'Сохраняю…',
  saved: 'Реквизиты сохранены.',
  loading: 'Загружаю реквизиты…',
} as const
