import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createNode, setStatus } from './planDoc'
import { ItemStatus, NodeKind } from './planFields'
import { filterPlan } from './planFilter'
import { flattenRows, readPlan } from './planSnapshot'

function plan () {
  const doc = new Y.Doc()
  const s1 = createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Повышение квалификации' } })
  const s2 = createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Информационная поддержка' } })
  const a = createNode(doc, { kind: NodeKind.item, parentId: s1, fields: { title: 'Семинар', audience: 'руководители ОУ' } })
  const b = createNode(doc, { kind: NodeKind.item, parentId: a, fields: { title: 'Секция для педагогов', audience: 'педагоги' } })
  createNode(doc, { kind: NodeKind.item, parentId: s2, fields: { title: 'Новости на сайте', audience: 'все' } })
  setStatus(doc, b, ItemStatus.done)
  return { snapshot: readPlan(doc), s1, s2 }
}

const rows = (snapshot: ReturnType<typeof readPlan>) => flattenRows(snapshot).map(n => `${n.number} ${n.fields.title}`)

describe('filterPlan', () => {
  test('keeps a matching sub-item with its parent and drops sections left empty', () => {
    const { snapshot } = plan()
    expect(rows(filterPlan(snapshot, { status: ItemStatus.done }))).toEqual(['1 Повышение квалификации', '1.1 Семинар', '1.1.1 Секция для педагогов'])
  })

  test('free text searches every field, case- and ё-insensitively; numbers stay the plan\'s', () => {
    const { snapshot } = plan()
    expect(rows(filterPlan(snapshot, { text: 'НОВОСТИ' }))).toEqual(['2 Информационная поддержка', '2.1 Новости на сайте'])
    expect(rows(filterPlan(snapshot, { text: 'поддержка' }))).toEqual(['2 Информационная поддержка'])
  })

  test('a section filter alone shows the whole section', () => {
    const { snapshot, s2 } = plan()
    expect(rows(filterPlan(snapshot, { section: s2 }))).toEqual(['2 Информационная поддержка', '2.1 Новости на сайте'])
  })
})
