import { OrganisationType } from './registryDoc'

/*
 * Abbreviations are matched case-sensitively («ДО» is a type, «до 2024» is
 * not) and as whole words (JavaScript's \b does not see Cyrillic letters, so
 * the lookarounds below do it by hand); phrases are matched in any case.
 * Order matters: «ГБОУ ДО» is additional education and «ГБДОУ» a
 * kindergarten before anything that says «ГБОУ» or «школа».
 */
const rules: ReadonlyArray<{ type: OrganisationType; codes?: RegExp; words?: RegExp }> = [
  {
    type: OrganisationType.imc,
    codes: /(?<!\p{L})(?:ИМЦ|ИМЦП)(?!\p{L})/u,
    words: /информационно-методическ\p{L}* центр/iu,
  },
  {
    type: OrganisationType.additional,
    codes: /(?<!\p{L})(?:ДДТ|ДДЮТ|ЦДЮТТ|ЦДТ|УДО|ДЮСШ|СДЮСШОР|ДШИ|ДМШ|ГБУ\s?ДО|ГБОУ\s?ДО|ГБНОУ)(?!\p{L})/u,
    words: /дом\p{L}* (?:детского|детского и юношеского|молод\p{L}*) творчеств|дворец творчеств|центр\p{L}* (?:детского|детско-юношеского|дополнительного)|дополнительного образования|школ\p{L}* искусств/iu,
  },
  {
    type: OrganisationType.kindergarten,
    codes: /(?<!\p{L})(?:ГБДОУ|МБДОУ|ДОУ|ДОО|Д\/С)(?!\p{L})/iu,
    words: /детск\p{L}* сад|дошкольн\p{L}* образовательн\p{L}* учрежд/iu,
  },
  {
    type: OrganisationType.school,
    // «ОУ 20», «ОО № 3»: the reports' short form for a school by its number.
    codes: /(?<!\p{L})(?:ГБОУ|ГОУ|МБОУ|МОУ|СОШ|НОШ|ООШ|ЦО|(?:ОУ|ОО)(?=\s*№?\s*\d))(?!\p{L})/u,
    words: /школ|лице[йя]|гимнази|кадетск\p{L}* корпус|общеобразовательн\p{L}* учрежд/iu,
  },
]

/** The organisation's type as its name says it; `other` when the name does not tell. */
export function organisationTypeFromName (name: string): OrganisationType {
  for (const rule of rules) {
    if (rule.codes?.test(name) || rule.words?.test(name)) return rule.type
  }
  return OrganisationType.other
}
