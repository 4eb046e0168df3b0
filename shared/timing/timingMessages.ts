/** Every Russian string the timing parser shows to people, in one place for review. */
export const timingMessages = {
  outOfYear: 'Дата вне учебного года',
  unrecognised: 'Срок не распознан: мероприятие показано без срока',
  empty: 'Срок не указан',
} as const
