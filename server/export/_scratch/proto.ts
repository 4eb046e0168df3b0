import { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, LevelFormat, AlignmentType } from 'docx'
import mammoth from 'mammoth'
const doc = new Document({
  styles: { paragraphStyles: [{ id: 'PlanBulletHyphen', name: 'Plan Bullet Hyphen', basedOn: 'Normal' }] },
  numbering: { config: [
    { reference: 'dot', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] },
    { reference: 'hyphen', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT }] },
  ] },
  sections: [{ children: [
    new Paragraph('Заголовок'),
    new Table({ rows: [
      new TableRow({ children: [new TableCell({ columnSpan: 3, children: [new Paragraph('1. Раздел')] })] }),
      new TableRow({ children: [
        new TableCell({ children: [new Paragraph('1.1')] }),
        new TableCell({ children: [new Paragraph('a  b'), new Paragraph(''), new Paragraph('c')] }),
        new TableCell({ children: [
          new Paragraph('до'),
          new Paragraph({ text: 'пункт 1', numbering: { reference: 'dot', level: 0 } }),
          new Paragraph({ text: 'пункт 2 & <x>', style: 'PlanBulletHyphen', numbering: { reference: 'hyphen', level: 0 } }),
          new Paragraph('после'),
        ] }),
      ] }),
    ] }),
  ] }],
})
const buf = await Packer.toBuffer(doc)
const r = await mammoth.convertToHtml({ buffer: buf }, { ignoreEmptyParagraphs: false, styleMap: ["p[style-name='Plan Bullet Hyphen'] => ul > li.hyphen:fresh"] })
console.log(r.value)
console.log(r.messages)
