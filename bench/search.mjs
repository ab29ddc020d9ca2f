// `baton handoff search` over 10,000 handoffs. Target: at most 2x the sum of
// `grep -ril` over the same files and bare `node -e 0` (the start-up any CLI
// pays), each timed as a real process, alternately, in a clean environment
// (`env -i PATH HOME`), medians.
// Then the hooks: SessionStart with a 100,000-line history index on disk
// against none; the hook never reads the index, so the ratio should be ~1.
// Usage: node bench/search.mjs [--runs 20] [--notes 10000] [--baseline OTHER/dist/cli.js]
// (--baseline: another build timed in the same rounds, e.g. main's, for a before/after)
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({
  options: {
    runs: {type: 'string', default: '20'},
    notes: {type: 'string', default: '10000'},
    baseline: {type: 'string'},
    'no-hooks': {type: 'boolean'}
  }
})
const runs = Number(values.runs)
const count = Number(values.notes)
const root = resolve(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
const work = mkdtempSync(join(tmpdir(), 'baton-bench-search-'))
const home = join(work, 'home')
const dir = join(home, '.claude', 'handoffs')
mkdirSync(dir, {recursive: true})

// Five projects; the bench runs in the first. Notes as Baton writes them (front matter, five sections).
const projects = Array.from({length: 5}, (_, i) => {
  const p = join(work, `project-${i}`)
  mkdirSync(p)
  spawnSync('git', ['init', '-q', '-b', 'main', p])
  const id = ['-c', 'user.email=b@example.test', '-c', 'user.name=bench']
  spawnSync('git', [...id, 'commit', '-q', '--allow-empty', '-m', 'init'], {cwd: p})
  return p
})
const words = 'build deploy cache retry index parser queue worker token schema migration logger config'.split(' ')
const pick = (i, k) => words[(i * 7 + k * 13) % words.length]
const pad = (n, w = 2) => String(n).padStart(w, '0')
for (let i = 0; i < count; i++) {
  const t = new Date(Date.UTC(2026, 0, 1) + i * 600_000)
  const day = `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`
  const stamp = `${day}_${pad(t.getHours())}${pad(t.getMinutes())}${pad(t.getSeconds())}`
  const consumed = i < count - 100
  const rare = i % 2000 === 5 ? ' The zanzibar retry policy was chosen.' : ''
  const lines = (k) =>
    Array.from({length: 6}, (_, j) => `- ${pick(i + j, k)} ${pick(i, j + k)} for module ${(i + j) % 97}`).join('\n')
  const text = [
    '---',
    'baton: 1',
    `created: '${t.toISOString()}'`,
    `session: s${i}`,
    `project: ${projects[i % projects.length]}`,
    `branch: feat/${pick(i, 1)}`,
    `commit: ${(i * 2654435761).toString(16).padStart(8, '0')}abcdef`,
    'dirty: 2',
    'host: bench',
    ...(consumed ? ['consumed:', `  at: '${t.toISOString()}'`, `  by: r${i}`] : []),
    '---',
    '',
    '## Session summary',
    `Worked on the ${pick(i, 2)} and the ${pick(i, 3)}.${rare}`,
    '',
    '## What changed',
    lines(1),
    '',
    '## What still needs work',
    lines(2),
    '',
    '## Key decisions',
    `- Chose ${pick(i, 4)} over ${pick(i, 5)}: simpler to test.${rare}`,
    lines(3),
    '',
    '## Active context',
    lines(4),
    ''
  ].join('\n')
  writeFileSync(join(dir, `${stamp}_bench${consumed ? '_done' : ''}.md`), text)
}

const env = {PATH: process.env.PATH, HOME: home}
const ms = () => Number(process.hrtime.bigint()) / 1e6
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const time = (cmd, args, options = {}) => {
  const t = ms()
  const r = spawnSync(cmd, args, {env: {...env, ...options.env}, cwd: options.cwd ?? projects[0], input: options.input})
  const d = ms() - t
  if (r.status !== 0 && !options.any) throw new Error(`${cmd} ${args.join(' ')}: ${r.status} ${r.stderr}`)
  return {d, out: String(r.stdout)}
}

const scenarios = [
  {name: 'a rare word, this project', args: ['zanzibar'], grep: 'zanzibar'},
  {name: 'a rare word, every project', args: ['zanzibar', '--all'], grep: 'zanzibar'},
  {
    name: 'a phrase in one section, every project',
    args: ['"retry policy"', '--all', '--section', 'Key decisions'],
    grep: 'retry policy'
  },
  {name: 'a word in every note (stops at 10 hits)', args: ['module', '--all'], grep: 'module'},
  {name: 'a word no note holds, every project', args: ['qwertyuiop', '--all'], grep: 'qwertyuiop'}
]
console.log(`baton handoff search over ${count} handoffs (${count - 100} consumed), ${runs} runs each, medians\n`)
const baseline = values.baseline ? resolve(values.baseline) : undefined
console.log(
  `| query | \`node -e 0\` | \`grep -ril\` | search | ratio to grep + node | fastest runs' ratio |` +
    (baseline ? ' baseline | its ratio | its fastest |' : '')
)
console.log(`|---|---|---|---|---|---|${baseline ? '---|---|---|' : ''}`)
const results = []
for (const s of scenarios) {
  const node = []
  const grep = []
  const search = []
  const base = []
  let hits = 0
  for (let i = 0; i < runs + 2; i++) {
    const n = time(process.execPath, ['-e', '0']).d
    const g = time('grep', ['-ril', s.grep, dir], {any: true}).d
    const r = time(process.execPath, [cli, 'handoff', 'search', ...s.args, '--json'])
    hits = JSON.parse(r.out).hits.length
    const b = baseline ? time(process.execPath, [baseline, 'handoff', 'search', ...s.args, '--json']) : undefined
    if (b && b.out !== r.out) throw new Error(`${s.name}: the baseline found other hits`)
    if (i < 2) continue // warm-up
    node.push(n)
    grep.push(g)
    search.push(r.d)
    if (b) base.push(b.d)
  }
  const sum = median(grep) + median(node)
  const ratio = median(search) / sum
  // The fastest run of each, which the machine's load disturbed least.
  const least = Math.min(...grep) + Math.min(...node)
  results.push(ratio)
  console.log(
    `| ${s.name} (${hits} shown) | ${median(node).toFixed(1)} ms | ${median(grep).toFixed(1)} ms | ` +
      `${median(search).toFixed(1)} ms | **${ratio.toFixed(2)}×** | ${(Math.min(...search) / least).toFixed(2)}× |` +
      (baseline
        ? ` ${median(base).toFixed(1)} ms | ${(median(base) / sum).toFixed(2)}× | ` +
          `${(Math.min(...base) / least).toFixed(2)}× |`
        : '')
  )
}

console.log(
  `\nload average at the end: ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`
)
if (values['no-hooks']) {
  if (!process.env.BENCH_KEEP) rmSync(work, {recursive: true, force: true})
  process.exit(0)
}

// The hooks never read the index: SessionStart with 100,000 history lines vs none.
const hook = join(root, 'dist', 'hooks', 'session-start.cjs')
const bare = join(work, 'bare')
mkdirSync(join(bare, '.claude', 'baton'), {recursive: true})
const withIndex = join(work, 'indexed')
mkdirSync(join(withIndex, '.claude', 'baton'), {recursive: true})
const line = (i) =>
  JSON.stringify({
    v: 1,
    file: `2025-01-01_000000_old-${i}_done.md`,
    created: '2025-01-01T00:00:00.000Z',
    project: projects[0],
    branch: 'main',
    session: `s${i}`,
    parents: [],
    consumedAt: '',
    consumedBy: '',
    summary: 'An old note about the retry policy and the queue worker.',
    sections: ['Session summary', 'What changed', 'What still needs work', 'Key decisions', 'Active context'],
    deleted: '2025-02-01T00:00:00.000Z'
  })
writeFileSync(
  join(withIndex, '.claude', 'baton', 'history.jsonl'),
  Array.from({length: 100_000}, (_, i) => line(i)).join('\n') + '\n'
)
for (const h of [bare, withIndex]) writeFileSync(join(h, '.claude', 'baton', 'last-clean'), new Date().toISOString())
const input = JSON.stringify({session_id: 'bench', source: 'startup', cwd: projects[0]})
const plain = []
const indexed = []
for (let i = 0; i < runs + 2; i++) {
  const a = time(process.execPath, [hook], {env: {HOME: bare}, input}).d
  const b = time(process.execPath, [hook], {env: {HOME: withIndex}, input}).d
  if (i < 2) continue
  plain.push(a)
  indexed.push(b)
}
console.log(
  `\nSessionStart, nothing pending: ${median(plain).toFixed(1)} ms without a history index, ` +
    `${median(indexed).toFixed(1)} ms with 100,000 lines: ${(median(indexed) / median(plain)).toFixed(2)}×`
)
if (!process.env.BENCH_KEEP) rmSync(work, {recursive: true, force: true})
else console.log(work)
if (Math.max(...results) > 2) console.log('\nOver the 2× target in at least one scenario.')
