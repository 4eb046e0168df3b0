/** User-facing strings of the live board. */
export const liveStrings = {
  saveState: {
    saved: 'Сохранено',
    saving: 'Сохранение…',
    offline: 'Нет связи — изменения сохраняются в браузере',
  },
  connecting: 'Подключение к доске…',
  titleLabel: 'Название доски',
  notesLabel: 'Заметки команды',
  presenceLabel: 'Сейчас на доске',
  you: '(вы)',
  readOnly: 'Только просмотр: ваша роль не позволяет изменять содержимое.',
  refused: {
    intro: 'Сервер не принял ваши последние правки (изменилась роль или доска согласована). Вот что вы ввели — скопируйте, чтобы не потерять:',
    copy: 'Скопировать всё',
    copied: 'Скопировано',
    dismiss: 'Скрыть',
  },
  toolbar: {
    bold: 'Полужирный (Ctrl+B)',
    italic: 'Курсив (Ctrl+I)',
    bulletList: 'Маркированный список',
    orderedList: 'Нумерованный список',
    undo: 'Отменить (Ctrl+Z)',
    redo: 'Вернуть (Ctrl+Y)',
  },
} as const
