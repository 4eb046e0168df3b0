/**
 * The functions with the most self time in a V8 .cpuprofile (from
 * `node --cpu-prof`), summed per function and place:
 *
 *   node --import tsx bench/profileTop.ts bench/results/profiles/CPU.….cpuprofile [count]
 */
import { readFileSync } from 'node:fs'

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const [file, count = '25'] = process.argv.slice(2)
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const byId = new Map(profile.nodes.map(n => [n.id, n]))
const self = new Map<string, number>()
let total = 0
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame
  const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(server|shared)\//, '$1/')}:${lineNumber + 1}`
  self.set(key, (self.get(key) ?? 0) + delta)
  total += delta
})
console.log(`total ${(total / 1000).toFixed(0)} ms sampled`)
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
  console.log(`${(us / 1000).toFixed(1).padStart(9)} ms ${(us / total * 100).toFixed(1).padStart(5)} %  ${key}`)
}
