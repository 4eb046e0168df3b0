import { expect, test } from 'vitest'
import { planFactText } from './planFactText'

const empty = { title: '', timing: '', audience: '', expectedResult: '', responsible: '', organisation: '', actualDate: '', participants: '', actualContent: '', deviationReason: '', managementAction: '' }

test('a planned item with nothing recorded says nothing; a held one says what happened, as typed', () => {
  expect(planFactText({ status: 'planned', fields: empty })).toBe('')
  expect(planFactText({
    status: 'done',
    fields: { ...empty, actualDate: '12.10.2023', participants: 'около 40', actualContent: 'Семинар для заместителей директоров' },
  })).toBe('Проведено 12.10.2023\nЧисло участников: около 40\nСеминар для заместителей директоров')
  expect(planFactText({
    status: 'moved',
    fields: { ...empty, deviationReason: 'карантин', managementAction: 'перенесено на ноябрь' },
  })).toBe('Перенесено\nПричины отклонения: карантин\nУправленческие действия: перенесено на ноябрь')
})
