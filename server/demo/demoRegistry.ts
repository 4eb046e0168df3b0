/**
 * The demo board's registry: organisations with innovation statuses and the
 * effectiveness indicators, in the shape of the Petrograd district's 2022–2023
 * report (test/fixtures/imc-activity-report-2022-2023-petrogradsky.txt), with
 * names of a made-up district.
 */
import type * as Y from 'yjs'
import { OrganisationType, createIndicator, createOrganisation, districtTotalText, type NewOrganisation } from '../../shared/registry/registryDoc'

const organisations: NewOrganisation[] = [
  { shortName: 'ГБОУ СОШ № 47', fullName: 'ГБОУ средняя общеобразовательная школа № 47 Демо-района', type: OrganisationType.school,
    statuses: [{ status: 'РИП', topic: 'Формирование функциональной грамотности в урочной и внеурочной деятельности', period: '2022–2025' }] },
  { shortName: 'ГБОУ гимназия № 56', fullName: 'ГБОУ гимназия № 56 Демо-района', type: OrganisationType.school,
    statuses: [{ status: 'ЛОИ', topic: 'Цифровая образовательная среда гимназии', period: '2023–2025' }] },
  { shortName: 'ГБОУ лицей № 82', fullName: 'ГБОУ лицей № 82 Демо-района', type: OrganisationType.school,
    statuses: [{ status: 'ЛОИ', topic: 'Проектная деятельность как средство профессионального самоопределения', period: '2022–2024' },
      { status: 'РСП', topic: 'Наставничество молодых педагогов', period: '2023–2024' }] },
  { shortName: 'ГБОУ СОШ № 91', fullName: 'ГБОУ средняя общеобразовательная школа № 91 Демо-района', type: OrganisationType.school,
    statuses: [{ status: 'ЛОИ', topic: 'Формирующее оценивание в начальной школе', period: '2023–2025' }] },
  { shortName: 'ГБОУ СОШ № 181', fullName: 'ГБОУ средняя общеобразовательная школа № 181 Демо-района', type: OrganisationType.school, statuses: [] },
  { shortName: 'ГБДОУ № 5', fullName: 'ГБДОУ детский сад № 5 Демо-района', type: OrganisationType.kindergarten,
    statuses: [{ status: 'ЛОИ', topic: 'Ранняя профориентация дошкольников', period: '2022–2024' }] },
  { shortName: 'ГБДОУ № 18', fullName: 'ГБДОУ детский сад № 18 Демо-района', type: OrganisationType.kindergarten,
    statuses: [{ status: 'РСП', topic: 'Инклюзивная практика в детском саду', period: '2023–2024' }] },
  { shortName: 'ГБДОУ № 34', fullName: 'ГБДОУ детский сад № 34 Демо-района', type: OrganisationType.kindergarten, statuses: [] },
  { shortName: 'ГБУ ДО ДДТ', fullName: 'ГБУ дополнительного образования Дом детского творчества Демо-района', type: OrganisationType.additional,
    statuses: [{ status: 'ЛОИ', topic: 'Сетевая модель дополнительного образования', period: '2023–2025' }] },
  { shortName: 'ГБОУ ЦППС', fullName: 'ГБОУ центр психолого-педагогической поддержки Демо-района', type: OrganisationType.other,
    statuses: [{ status: 'РБП', topic: 'Психологическая безопасность образовательной среды', period: '2022–2024' }] },
]

const indicators = [
  { name: 'Доля районных ИП − ЛОИ', count: '27', history: [{ year: '2021-2022', value: '38' }, { year: '2022-2023', value: '42' }] },
  { name: 'Доля городских ИП (ЭП, РЦ ОО, РЦ ДО, ПЛ)', count: '5', history: [{ year: '2022-2023', value: '8' }] },
  { name: 'Доля районных стажировочных площадок', count: '29', history: [{ year: '2022-2023', value: '46' }] },
  { name: 'Доля ОУ — участников районного конкурса ИП', count: '13', history: [{ year: '2022-2023', value: '20' }] },
]

export function seedDemoRegistry (doc: Y.Doc): void {
  doc.transact(() => {
    // The district counts 63 organisations; shares are of this total, as in the report.
    districtTotalText(doc).insert(0, '63')
    for (const organisation of organisations) createOrganisation(doc, organisation)
    for (const indicator of indicators) createIndicator(doc, indicator)
  })
}
