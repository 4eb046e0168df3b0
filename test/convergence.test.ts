import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import * as prng from 'lib0/prng'
import { createNode, deleteNode, indentNode, moveNode, nodeKind, outdentNode, planNodes, setStatus, childrenOf } from '../shared/plan/planDoc'
import { ItemStatus, NodeKind, planTextFields } from '../shared/plan/planFields'
import { readPlan, type PlanNode } from '../shared/plan/planSnapshot'
import type { DocConnection } from '../client/sync/DocConnection'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc } from './helpers/yClient'

/**
 * Five clients edit the plan tree at random through the real server — add,
 * move, indent, outdent, delete, type, set status — some of them offline for
 * a round, as tldraw's sync-core tests its rooms. After each round all must
 * hold the same valid tree, numbered from the tree, with no item lost.
 * Seeded; PLANERKA_CONVERGENCE_ROUNDS runs longer.
 */
const SEED = 1905
const CLIENTS = 5
const ROUNDS = Number(process.env.PLANERKA_CONVERGENCE_ROUNDS ?? 8)
const OPS_PER_CLIENT = 12

let t: TestServer
afterEach(async () => {
  closeAllDocs()
  await t?.stop()
})

interface Ledger {
  created: Set<string>
  deleted: Set<string>
}

function randomOp (gen: prng.PRNG, doc: Y.Doc, client: number, serial: () => number, ledger: Ledger): void {
  const nodes = [...planNodes(doc).keys()]
  const sections = nodes.filter(id => nodeKind(planNodes(doc).get(id)!) === NodeKind.section)
  const items = nodes.filter(id => nodeKind(planNodes(doc).get(id)!) === NodeKind.item)
  const op = prng.int32(gen, 0, 9)
  if (op === 0 || sections.length === 0) {
    const id = `s${client}-${serial()}`
    createNode(doc, { kind: NodeKind.section, parentId: null, index: prng.int32(gen, 0, sections.length), id, fields: { title: `Раздел ${id}` } })
    ledger.created.add(id)
  } else if (op <= 2 || items.length === 0) {
    const parent = prng.bool(gen) || items.length === 0 ? prng.oneOf(gen, sections) : prng.oneOf(gen, items)
    const id = `i${client}-${serial()}`
    createNode(doc, { kind: NodeKind.item, parentId: parent, index: prng.int32(gen, 0, childrenOf(doc, parent).length), id, fields: { title: `Мероприятие ${id}`, timing: 'октябрь' } })
    ledger.created.add(id)
  } else if (op === 3) {
    const id = prng.oneOf(gen, items)
    const parent = prng.bool(gen) ? prng.oneOf(gen, sections) : prng.oneOf(gen, items)
    moveNode(doc, id, parent, prng.int32(gen, 0, childrenOf(doc, parent).length))
  } else if (op === 4) {
    indentNode(doc, prng.oneOf(gen, items))
  } else if (op === 5) {
    outdentNode(doc, prng.oneOf(gen, items))
  } else if (op === 6 && prng.int32(gen, 0, 2) === 0) {
    const id = prng.oneOf(gen, nodes)
    const before = new Set(planNodes(doc).keys())
    deleteNode(doc, id)
    for (const gone of before) if (!planNodes(doc).has(gone)) ledger.deleted.add(gone)
  } else if (op === 7) {
    const id = prng.oneOf(gen, items)
    setStatus(doc, id, prng.oneOf(gen, Object.values(ItemStatus)))
  } else {
    const node = planNodes(doc).get(prng.oneOf(gen, nodes))!
    const text = node.get(prng.oneOf(gen, [...planTextFields])) as Y.Text
    if (prng.bool(gen) || text.length === 0) text.insert(prng.int32(gen, 0, text.length), `«${client}:${serial()}»`)
    else text.delete(prng.int32(gen, 0, text.length - 1), 1)
  }
}

/** The tree's numbers are derived: sections 1..n, children parent.1..m, every node either in the tree or listed as an orphan. */
function checkValidTree (doc: Y.Doc): void {
  const plan = readPlan(doc)
  const seen = new Set<string>()
  const visit = (node: PlanNode, expected: string) => {
    expect(node.number).toBe(expected)
    expect(seen.has(node.id)).toBe(false)
    seen.add(node.id)
    node.children.forEach((child, index) => visit(child, `${expected}.${index + 1}`))
  }
  plan.sections.forEach((section, index) => visit(section, String(index + 1)))
  for (const orphan of plan.orphans) {
    expect(seen.has(orphan.id)).toBe(false)
    seen.add(orphan.id)
  }
  expect(seen).toEqual(new Set(planNodes(doc).keys()))
}

function allEqual (docs: Y.Doc[]): boolean {
  const first = Y.encodeStateVector(docs[0])
  return docs.every(doc => Buffer.from(Y.encodeStateVector(doc)).equals(Buffer.from(first)))
}

/** Resolves once every doc has the same state vector (re-checked on each update), failing after `ms`. */
function converged (docs: Y.Doc[], ms = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!allEqual(docs)) return
      clearTimeout(timer)
      for (const doc of docs) doc.off('update', check)
      resolve()
    }
    const timer = setTimeout(() => {
      for (const doc of docs) doc.off('update', check)
      reject(new Error('clients did not converge'))
    }, ms)
    for (const doc of docs) doc.on('update', check)
    check()
  })
}

describe('seeded multi-client convergence of the plan tree', () => {
  test(`${CLIENTS} clients, ${ROUNDS} rounds of random edits with disconnects converge to one valid tree with nothing lost`, async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const gen = prng.create(SEED)
    const clients: DocConnection[] = []
    for (let i = 0; i < CLIENTS; i++) clients.push(connectDoc(t.server.url, board.documents.plan, t.admin.cookie))
    await Promise.all(clients.map(client => client.whenSynced()))
    const ledger: Ledger = { created: new Set(), deleted: new Set() }
    let counter = 0
    const serial = () => ++counter
    let offlineRounds = 0

    for (let round = 0; round < ROUNDS; round++) {
      const offline = clients.filter(() => prng.int32(gen, 0, 2) === 0)
      offlineRounds += offline.length
      for (const client of offline) client.provider.disconnect()
      for (let step = 0; step < OPS_PER_CLIENT; step++) {
        for (let i = 0; i < CLIENTS; i++) randomOp(gen, clients[i].doc, i, serial, ledger)
      }
      for (const client of offline) client.provider.connect()
      await Promise.all(clients.map(client => client.whenSynced()))
      await converged(clients.map(client => client.doc))
      const plans = clients.map(client => JSON.stringify(readPlan(client.doc)))
      for (const plan of plans) expect(plan).toBe(plans[0])
      for (const client of clients) checkValidTree(client.doc)
      // Nothing lost: every node created and not deleted by someone is there, and nothing else.
      const expected = new Set([...ledger.created].filter(id => !ledger.deleted.has(id)))
      expect(new Set(planNodes(clients[0].doc).keys())).toEqual(expected)
    }
    await Promise.all(clients.map(client => client.whenSaved()))

    // A newcomer (from what the server stored) sees exactly the same plan.
    const late = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await late.whenSynced()
    expect(JSON.stringify(readPlan(late.doc))).toBe(JSON.stringify(readPlan(clients[0].doc)))
    console.log(`convergence: ${ROUNDS} rounds, ${ROUNDS * CLIENTS * OPS_PER_CLIENT} operations, ${offlineRounds} client-rounds offline, ${ledger.created.size} nodes created, ${ledger.deleted.size} deleted`)
  }, 120_000)
})
