/** What the registry import tells the user about a line, in Russian. */
export const registryImportMessages = {
  unrecognised: 'Строка не распознана: она сохранена целиком как название ОУ. Проверьте и исправьте её в реестре.',
  unknownType: 'Тип ОУ не определён по названию: выберите его в реестре.',
  unknownStatus: (status: string) => `Статус «${status}» не из списка известных (ФИП, РИП, ЛОИ, ЦИПП, РСП, РБП, ОЭП…): проверьте написание.`,
  noStatus: 'Тема или период указаны без статуса: статус оставлен пустым, заполните его.',
  noShortName: 'Нет краткого названия: вместо него взято полное.',
  extraColumns: (count: number) => `Лишние столбцы (${count}): их текст добавлен к теме.`,
  severalOrganisations: 'Похоже, в строке перечислено несколько ОУ: разделите их по строкам.',
  repeated: (line: number) => `Это ОУ уже было в строке ${line}: статусы добавлены к нему, второе ОУ не создано.`,
  otherFullName: (line: number) => `Полное название отличается от указанного в строке ${line}: оставлено то, что в строке ${line}.`,
} as const
