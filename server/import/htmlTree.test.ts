import { expect, it } from 'vitest'
import { decodeEntities, parseHtml, type HtmlNode } from './htmlTree'
import { docxBlocks } from './docxBlocks'

it('decodes the entities mammoth writes, and leaves unknown ones as written', () => {
  expect(decodeEntities('&lt;a&gt; &amp; &quot;б&quot; &#1090; &#x442; &nbsp;&bogus; &#xFFFFFFF;')).toBe('<a> & "б" т т \u00a0&bogus; &#xFFFFFFF;')
})

it('never throws on broken markup: stray closings are ignored, open tags closed at the end', () => {
  const text = (node: HtmlNode): string => (typeof node === 'string' ? node : node.children.map(text).join(''))
  const root = parseHtml('<p>один</b> два</p><p>три <br />четыре</p><table><tr><td colspan="2">x')
  expect(root.children.map((child) => (typeof child === 'string' ? child : child.tag))).toEqual(['p', 'p', 'table'])
  expect(text(root)).toBe('один дватри четыреx')
  expect(() => parseHtml('<<<>>> </ > <p a="1" b>')).not.toThrow()
})

it('turns cells into lines: paragraphs, line breaks, bullets with the marker our export used, numbered items', () => {
  const [table] = docxBlocks(
    '<table><thead><tr><th>№</th></tr></thead><tr><td rowspan="2"><p>a<br />b</p><ul><li>x</li><li class="bullet-hyphen">y</li></ul>' +
    '<ol><li>p</li><li>q<ol><li>r</li></ol></li></ol></td><td colspan="3"><p></p></td></tr></table>',
  )
  expect(table).toEqual({
    kind: 'table',
    rows: [
      [{ text: '№', colspan: 1, rowspan: 1 }],
      [{ text: 'a\nb\n• x\n- y\n1. p\n2. q\n1. r', colspan: 1, rowspan: 2 }, { text: '', colspan: 3, rowspan: 1 }],
    ],
  })
})
