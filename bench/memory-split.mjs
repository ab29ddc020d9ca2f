// Splitting a 5,000-line MEMORY.md (issue 4). Target: under 1 s.
// In process, `planSplit` is timed against a baseline of reading the same file
// and parsing it with remark (the parser split itself uses), alternately, so the
// ratio says what split costs beyond one parse. Then the whole CLI run
// (`node dist/cli.js memory split`: lock, backup, ~100 topic files, atomic index)
// is timed as a real process, against bare `node -e 0`.
// Then scaling (issue 8): 1,000 vs 10,000 small sections, half of them with one
// title, planned in process and split by the CLI; the ratio should be ~10, not
// ~100 (it was quadratic: 10,000 headings took 48 s).
// Usage: node bench/memory-split.mjs [--runs 15] [--lines 5000] [--scale-runs 3]
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {build} from 'esbuild'

const {values} = parseArgs({
  options: {
    runs: {type: 'string', default: '15'},
    lines: {type: 'string', default: '5000'},
    'scale-runs': {type: 'string', default: '3'}
  }
})
const runs = Number(values.runs)
const want = Number(values.lines)
const root = resolve(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'baton-bench-split-'))

// A realistic MEMORY.md: title, preamble, then ~50-line sections with lists, prose and code fences holding '#' lines.
const out = ['# Project memory', '', 'Notes Claude keeps about this project. Read the sections that matter.', '']
for (let s = 0; out.length < want; s++) {
  out.push(`## Topic ${s}: ${['build', 'deploy', 'testing', 'conventions', 'gotchas'][s % 5]} notes`)
  out.push(`This section records what we learned about area ${s}. It matters when touching src/area${s}.`, '')
  for (let i = 0; i < 30; i++)
    out.push(`- Fact ${i} about area ${s}: use \`tool-${i}\` with **care**; see [doc](https://example.test/${s}/${i}).`)
  out.push('', '```sh', '# not a heading: a shell comment', `npm run task-${s}`, '```', '')
  for (let i = 0; i < 8; i++)
    out.push(`Paragraph line ${i} of section ${s}, wrapped text that goes on for a while to look like prose.`)
  out.push('')
}
const text = out.slice(0, want).join('\n') + '\n'
const source = join(work, 'MEMORY.source.md')
writeFileSync(source, text)

// Bundle the pure planner (and the parser it uses) so this script runs the same code as dist/.
const lib = join(work, 'lib.mjs')
writeFileSync(
  join(work, 'entry.ts'),
  `export {planSplit} from '${root}/src/core/memory/split.ts'\n` +
    `export {parseMarkdown} from '${root}/src/core/sections.ts'\n`
)
await build({
  entryPoints: [join(work, 'entry.ts')],
  outfile: lib,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning'
})
const {planSplit, parseMarkdown} = await import(lib)

const now = () => Number(process.hrtime.bigint()) / 1e6
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const inProcess = {parse: [], split: []}
let topics = 0
for (let i = 0; i < runs + 3; i++) {
  let t = now()
  parseMarkdown(readFileSync(source, 'utf8'))
  const parse = now() - t
  t = now()
  const plan = planSplit(readFileSync(source, 'utf8'))
  const split = now() - t
  topics = plan.topics.length
  if (i < 3) continue // warm-up
  inProcess.parse.push(parse)
  inProcess.split.push(split)
}

// The whole command, as a real process, on a fresh copy each time.
const cli = join(root, 'dist', 'cli.js')
const processes = {node: [], cli: []}
for (let i = 0; i < runs; i++) {
  const home = join(work, `home-${i}`)
  const dir = join(work, `mem-${i}`)
  mkdirSync(dir, {recursive: true})
  writeFileSync(join(dir, 'MEMORY.md'), text)
  const env = {PATH: process.env.PATH, HOME: home, CLAUDE_CONFIG_DIR: join(home, '.claude')}
  let t = now()
  const r = spawnSync(process.execPath, [cli, 'memory', 'split', join(dir, 'MEMORY.md'), '--json'], {
    env,
    encoding: 'utf8'
  })
  processes.cli.push(now() - t)
  if (r.status !== 0) throw new Error(`split failed: ${r.stderr}`)
  t = now()
  spawnSync(process.execPath, ['-e', '0'])
  processes.node.push(now() - t)
  rmSync(dir, {recursive: true, force: true})
}
// Scaling: n sections of 4 lines each; every other one titled "Notes".
const sectionsFile = (n) => {
  const lines = ['# Project memory', '']
  for (let s = 0; s < n; s++)
    lines.push(
      `## ${s % 2 === 0 ? 'Notes' : `Topic ${s}`}`,
      `Fact about area ${s}.`,
      `- detail ${s}`,
      `- more ${s}`,
      ''
    )
  return lines.join('\n')
}
const scale = {}
for (const n of [1000, 10_000]) {
  const big = sectionsFile(n)
  const limits = {maxLines: 1e7, maxChars: 1e9}
  const plans = []
  const clis = []
  for (let i = 0; i < Number(values['scale-runs']); i++) {
    let t = now()
    const plan = planSplit(big, limits)
    plans.push(now() - t)
    if (plan.topics.length !== n) throw new Error(`expected ${n} topics, got ${plan.topics.length}`)
    const home = join(work, `scale-home-${n}-${i}`)
    const dir = join(work, `scale-${n}-${i}`)
    mkdirSync(dir, {recursive: true})
    writeFileSync(join(dir, 'MEMORY.md'), big)
    const env = {PATH: process.env.PATH, HOME: home, CLAUDE_CONFIG_DIR: join(home, '.claude')}
    t = now()
    const r = spawnSync(
      process.execPath,
      [
        cli,
        'memory',
        'split',
        join(dir, 'MEMORY.md'),
        '--max-lines',
        '10000000',
        '--max-bytes',
        '1000000000',
        '--json'
      ],
      {env, encoding: 'utf8', maxBuffer: 1 << 30}
    )
    clis.push(now() - t)
    if (r.status !== 0) throw new Error(`split failed: ${r.stderr}`)
    rmSync(dir, {recursive: true, force: true})
  }
  scale[n] = {plan_ms: median(plans), cli_ms: median(clis)}
}
rmSync(work, {recursive: true, force: true})

const parse = median(inProcess.parse)
const split = median(inProcess.split)
const report = {
  lines: want,
  chars: text.length,
  topics,
  runs,
  read_and_remark_parse_ms: +parse.toFixed(1),
  plan_split_ms: +split.toFixed(1),
  ratio_split_over_parse: +(split / parse).toFixed(2),
  cli_split_process_ms: +median(processes.cli).toFixed(1),
  node_e_0_ms: +median(processes.node).toFixed(1),
  ratio_cli_over_node: +(median(processes.cli) / median(processes.node)).toFixed(2),
  target_ms: 1000,
  under_target: median(processes.cli) < 1000,
  scale_sections: {
    plan_1000_ms: +scale[1000].plan_ms.toFixed(1),
    plan_10000_ms: +scale[10_000].plan_ms.toFixed(1),
    plan_ratio: +(scale[10_000].plan_ms / scale[1000].plan_ms).toFixed(1),
    cli_1000_ms: +scale[1000].cli_ms.toFixed(1),
    cli_10000_ms: +scale[10_000].cli_ms.toFixed(1),
    cli_ratio: +(scale[10_000].cli_ms / scale[1000].cli_ms).toFixed(1),
    linear_ratio_is_about: 10
  }
}
console.log(JSON.stringify(report, null, 2))
