/**
 * What a person typed that the server refused. After a refused write the
 * client must drop its copy (nothing of it can be accepted any more); before
 * it does, this compares the dropped copy with the fresh one from the server
 * and lists every text that differs, so the words can be copied, not lost.
 */
import * as Y from 'yjs'
import { fieldLabels, type PlanTextField } from '../plan/planFields'
import { PLAN_NODES_KEY } from '../plan/planDoc'
import { ReportKey } from '../report/reportDoc'
import type { RootKind } from './docLayouts'

export interface RefusedText {
  where: string
  text: string
}

export function refusedTexts (dropped: Y.Doc, fresh: Y.Doc, layout: ReadonlyArray<{ key: string; kind: RootKind }>): RefusedText[] {
  const found: RefusedText[] = []
  for (const { key, kind } of layout) {
    if (kind === 'text') compareText(dropped.getText(key), fresh.getText(key), rootLabel(key), found)
    else if (kind === 'xml') compareXml(dropped.getXmlFragment(key), fresh.getXmlFragment(key), rootLabel(key), found)
    else compareMap(dropped.getMap(key), fresh.getMap(key), key, found)
  }
  return found
}

function compareMap (dropped: Y.Map<unknown>, fresh: Y.Map<unknown>, root: string, found: RefusedText[]): void {
  dropped.forEach((value, id) => {
    if (!(value instanceof Y.Map)) return
    const other = fresh.get(id)
    const title = textOf(value.get('title')) || textOf(value.get('shortName')) || textOf(value.get('name'))
    value.forEach((field, name) => {
      const where = recordLabel(root, title, name)
      const counterpart = other instanceof Y.Map ? other.get(name) : undefined
      if (field instanceof Y.XmlFragment) compareXml(field, counterpart instanceof Y.XmlFragment ? counterpart : null, where, found)
      else if (field instanceof Y.Text) compareText(field, counterpart instanceof Y.Text ? counterpart : null, where, found)
    })
  })
}

function compareText (dropped: Y.Text, fresh: Y.Text | null, where: string, found: RefusedText[]): void {
  const text = dropped.toString()
  if (text.trim() !== '' && text !== (fresh?.toString() ?? '')) found.push({ where, text })
}

function compareXml (dropped: Y.XmlFragment, fresh: Y.XmlFragment | null, where: string, found: RefusedText[]): void {
  if (dropped.toString() === (fresh?.toString() ?? '')) return
  const text = plainText(dropped)
  if (text.trim() !== '') found.push({ where, text })
}

/** Paragraph texts of rich text, one per line (XmlText.toString would include formatting tags). */
function plainText (node: Y.XmlFragment | Y.XmlElement): string {
  return node.toArray().map(child => {
    if (child instanceof Y.XmlText) return (child.toDelta() as Array<{ insert: unknown }>).map(op => typeof op.insert === 'string' ? op.insert : '').join('')
    if (child instanceof Y.XmlElement) return plainText(child)
    return ''
  }).filter(line => line !== '').join('\n')
}

function textOf (value: unknown): string {
  return value instanceof Y.Text ? value.toString().trim() : ''
}

function rootLabel (key: string): string {
  return key === 'title' ? 'Название доски' : key === 'notes' ? 'Заметки команды' : key
}

function recordLabel (root: string, title: string, field: string): string {
  const name = title.length > 60 ? `${title.slice(0, 57)}…` : title
  if (root === PLAN_NODES_KEY) return `План: «${name}» — ${fieldLabels[field as PlanTextField] ?? field}`
  if (root === ReportKey.sections) return `Отчёт: «${name}»${field === 'title' ? ' — заголовок' : ''}`
  if (root === ReportKey.tables) return 'Отчёт: таблица'
  return `«${name}» — ${field}`
}
