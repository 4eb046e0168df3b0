/**
 * A small plan and registry shared by the generation tests (not used by the
 * product). The plan is built through the real plan layout, so the numbers
 * (1.1, 2.1.1) are derived exactly as the board derives them.
 */
import * as Y from 'yjs'
import { createNode, setStatus } from '../../plan/planDoc'
import { ItemStatus, NodeKind, type PlanTextField } from '../../plan/planFields'
import { readPlan, type PlanSnapshot } from '../../plan/planSnapshot'
import type { RegistryData } from '../../registry/registrySnapshot'
import type { GenerationInput } from '../generatedTable'

export interface SamplePlan {
  plan: PlanSnapshot
  sections: { training: string; support: string; information: string }
}

type Fields = Partial<Record<PlanTextField, string>>

export function samplePlan (): SamplePlan {
  const doc = new Y.Doc()
  const section = (title: string) => createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title } })
  const item = (parentId: string, status: ItemStatus, fields: Fields) => {
    const id = createNode(doc, { kind: NodeKind.item, parentId, fields })
    setStatus(doc, id, status)
    return id
  }
  const training = section('Повышение квалификации')
  item(training, ItemStatus.done, {
    title: 'Семинар для заместителей директоров', timing: 'октябрь', audience: 'заместители директоров ОУ',
    actualDate: '12.10.2022', participants: '35',
  })
  item(training, ItemStatus.done, { title: 'Курсы ИКТ', timing: 'ноябрь – декабрь', audience: 'педагоги ОУ', participants: 'около 40' })
  item(training, ItemStatus.cancelled, {
    title: 'Вебинар «Работа с детьми с ОВЗ»', timing: 'март', audience: 'педагоги ОУ',
    deviationReason: 'Болезнь лектора', managementAction: 'Перенесён на следующий учебный год',
  })
  const support = section('Научно-методическое сопровождение')
  const conference = item(support, ItemStatus.done, {
    title: 'Районная конференция', timing: 'апрель', audience: 'руководители ОУ', actualDate: '20.04.2023',
    participants: '120', actualContent: 'Конференция «Сильные решения»: 6 секций',
  })
  item(conference, ItemStatus.done, { title: 'Секция ДОУ', timing: 'апрель', audience: 'педагоги ДОУ', participants: ' 15 ' })
  item(support, ItemStatus.moved, { title: 'Круглый стол', timing: 'май', deviationReason: 'Совпало с ГИА', managementAction: 'Проведение в сентябре' })
  item(support, ItemStatus.planned, { title: 'Мастер-класс', timing: 'по графику' })
  item(support, ItemStatus.planned, { title: 'Открытые уроки' })
  const information = section('Информационная поддержка')
  return { plan: readPlan(doc), sections: { training, support, information } }
}

export const emptyRegistry: RegistryData = { organisations: [], indicators: [], districtTotal: '' }

export function sampleInput (registry: RegistryData = emptyRegistry): GenerationInput & SamplePlan {
  return { ...samplePlan(), registry, year: { startYear: 2022 } }
}
