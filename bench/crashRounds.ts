/**
 * Crash rounds (issue 14 item 3, issue 13's kill -9 in the middle of group
 * commits): 20 clients typing, the server SIGKILLed at seeded moments and
 * restarted, every acknowledged edit looked for. The durability suite runs 3
 * of these; this runs as many as asked (default 20). Exits non-zero on a loss.
 *
 *   node --import tsx bench/crashRounds.ts --rounds 20 --clients 20 --seed 20261203
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { closeAllDocs } from '../test/helpers/yClient'
import { crashRound, seeded } from '../test/helpers/crashRound'

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' }, clients: { type: 'string', default: '20' }, seed: { type: 'string', default: '20261203' } } })
const dataDir = await mkdtemp(join(tmpdir(), 'planerka-crash-'))
const random = seeded(Number(values.seed))
let survived = 0
let acknowledged = 0
try {
  for (let round = 0; round < Number(values.rounds); round++) {
    const result = await crashRound(dataDir, round, random, Number(values.clients))
    acknowledged += result.acknowledged
    const ok = result.lost.length === 0 && result.unmerged.length === 0
    if (ok) survived++
    console.log(`round ${round + 1}: ${result.edits} edits, ${result.acknowledged} acknowledged, lost ${result.lost.length}, not merged ${result.unmerged.length}${ok ? '' : ' ← FAILED ' + [...result.lost, ...result.unmerged].slice(0, 5).join(' ')}`)
  }
} finally {
  closeAllDocs()
  await rm(dataDir, { recursive: true, force: true })
}
console.log(`kills survived: ${survived} of ${values.rounds} (${acknowledged} acknowledged edits checked)`)
process.exit(survived === Number(values.rounds) ? 0 : 1)
