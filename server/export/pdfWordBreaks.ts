/**
 * A word wider than its table column even at the table's smallest type is
 * broken the way Russian print breaks it: between syllables (TeX's Russian
 * hyphenation patterns) with a hyphen at the end of the line — never
 * «Цент|р». pdfmake breaks an over-wide word anywhere and does not draw a
 * hyphen at a soft hyphen, so the break is written out: «Ответ-\nственный».
 */
import ru from 'hyphen/ru/index.js'
import { pdfTextWidth } from './pdfTextWidth'

const softHyphen = '\u00ad'

export function breakWideWords (text: string, width: number, size: number, bold: boolean): string {
  return text.split(/(\s+)/).map((word) => {
    if (word.trim() === '' || pdfTextWidth(word, size, bold) <= width) return word
    const syllables = ru.hyphenateSync(word, { hyphenChar: softHyphen }).split(softHyphen)
    const lines: string[] = []
    let line = ''
    for (const syllable of syllables) {
      // A compound word breaks after its own hyphen without adding another.
      const candidate = line + syllable
      const mark = candidate.endsWith('-') ? '' : '-'
      if (line !== '' && pdfTextWidth(candidate + mark, size, bold) > width) {
        lines.push(line.endsWith('-') ? line : line + '-')
        line = syllable
      } else {
        line = candidate
      }
    }
    lines.push(line)
    return lines.join('\n')
  }).join('')
}
