import type { ImportedPlan } from '../../shared/plan/importedPlan'

/** A plan of `sections` × `perSection` items with realistic cell lengths (a full district year is 3 × 100). */
export function bigPlan (sections: number, perSection: number): ImportedPlan {
  return {
    problems: [],
    sections: Array.from({ length: sections }, (_, s) => ({
      title: `Направление ${s + 1}. Научно-методическое сопровождение образовательных организаций района`,
      line: 0,
      items: Array.from({ length: perSection }, (_, i) => ({
        title: `Мероприятие ${s + 1}.${i + 1}: проведение информационно-методического семинара для ответственных за инновационную деятельность`,
        timing: ['октябрь - июнь', 'в течение года', 'ежемесячно', 'март, июнь', 'по графику ОУ'][i % 5],
        audience: 'руководители и педагоги ОУ',
        expectedResult: '• повышение квалификации педагогов\n• обмен опытом\n– методические рекомендации',
        responsible: 'Иванова О. П.',
        organisation: `ГБОУ № ${100 + i}`,
        children: [],
        line: 0,
      })),
    })),
  }
}
