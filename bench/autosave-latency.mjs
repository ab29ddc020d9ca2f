// The autosave hooks against their budget: SessionEnd gets 1.5 s from Claude
// Code whatever the plugin's `timeout` says (design.md §7). Each run is a fresh
// `node` process in a clean environment (PATH and HOME only), alternating with
// bare `node -e 0` in the same process; medians, p95 and the slowest run.
// Cases, over transcripts shaped like Claude Code's (timed lines; tool results
// with file contents; an edit or command every few lines):
//   SessionEnd writes the autosave: 2 MB transcript with 100 handoffs in the
//     folder (20 pending, 80 consumed), and 20 MB with 5,050 (50 pending)
//   SessionEnd when Stop's autosave already holds the work (nothing to write)
//   Stop after an edit turn: writes the autosave (replacing the earlier one)
//   Stop after a turn without edits (reads only what the transcript gained)
// Usage: node bench/autosave-latency.mjs [--runs 30] [--root DIR] [--session-end]
import {spawnSync} from 'node:child_process'
import {appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({
  options: {runs: {type: 'string', default: '30'}, root: {type: 'string'}, 'session-end': {type: 'boolean'}}
})
const runs = Number(values.runs)
// --root: another build's folder (e.g. an older commit's), to compare; --session-end: only its cases.
const root = resolve(values.root ?? resolve(import.meta.dirname, '..'))
const work = mkdtempSync(join(tmpdir(), 'baton-bench-autosave-'))
const home = join(work, 'home')
const project = join(work, 'project')
const dir = join(home, '.claude', 'handoffs')
for (const d of [dir, project]) mkdirSync(d, {recursive: true})
const git = (...a) => spawnSync('git', a, {cwd: project, encoding: 'utf8'}).stdout.trim()
git('init', '-q')
for (let i = 0; i < 40; i++) writeFileSync(join(project, `f${i}.ts`), `export const x${i} = ${i}\n`)
git('add', '-A')
git('-c', 'user.email=b@b', '-c', 'user.name=b', 'commit', '-q', '-m', 'init')
writeFileSync(join(project, 'f1.ts'), 'changed\n') // one dirty file
// The terminal UI: autosaves are written only in a session a person reads (saveIn, design.md §7.1).
const env = {PATH: process.env.PATH, HOME: home, CLAUDE_CODE_ENTRYPOINT: 'cli'}

/** A transcript of about `mb` MB, its lines timed one second apart and ending a minute ago. */
function transcript(name, mb) {
  const path = join(work, name)
  const target = mb * 1024 * 1024
  const filler = 'const value = compute(input) // a line of source code read by the session\n'.repeat(120)
  let size = 0
  let i = 0
  const entries = []
  while (size < target) {
    const id = `toolu_${i}`
    const k = i % 10
    const tool =
      k === 3
        ? {name: 'Edit', input: {file_path: `${project}/src/m${i % 300}.ts`, old_string: 'a', new_string: 'b'}}
        : k === 6
          ? {name: 'Bash', input: {command: `npm test -- --run m${i % 300}`, description: 'tests'}}
          : {name: 'Read', input: {file_path: `${project}/src/m${i % 300}.ts`}}
    const batch = [
      {type: 'assistant', message: {role: 'assistant', content: [{type: 'tool_use', id, ...tool}]}},
      {
        type: 'user',
        message: {role: 'user', content: [{type: 'tool_result', tool_use_id: id, content: filler.slice(0, 4000)}]}
      }
    ]
    if (i % 40 === 0) batch.push({type: 'user', message: {role: 'user', content: `next step ${i}`}})
    for (const e of batch) {
      e.i = i
      entries.push(e)
      size += JSON.stringify(e).length + 40 // about the timestamp it gets below
    }
    i++
  }
  // One second apart, the last one a minute ago.
  const end = Date.now() - 60_000
  const lines = entries.map(
    ({i: n, ...e}) => JSON.stringify({...e, timestamp: new Date(end - (i - n) * 1000).toISOString()}) + '\n'
  )
  writeFileSync(path, lines.join(''))
  return path
}

const note = (i, consumed) =>
  `---\nbaton: 1\ncreated: '2026-11-2${consumed ? '0' : '6'}T10:00:00.000Z'\nsession: other-${i}\n` +
  `project: ${project}\nbranch: main\ncommit: abc\ndirty: 0\nhost: bench\n` +
  (consumed ? `consumed:\n  at: '2026-11-21T10:00:00.000Z'\n  by: x\n` : '') +
  `---\n\n## Session summary\nNote ${i}.\n\n## What changed\n- src/file${i}.ts\n\n` +
  '## What still needs work\n- more\n\n## Key decisions\n- none\n\n## Active context\nctx\n'
function fill(pending, consumed) {
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(dir, {recursive: true})
  for (let i = 0; i < consumed; i++)
    writeFileSync(join(dir, `2026-11-20_${String(100000 + i).slice(-6)}_old-${i}_done.md`), note(i, true))
  for (let i = 0; i < pending; i++)
    writeFileSync(join(dir, `2026-11-26_${String(100000 + i).slice(-6)}_p-${i}.md`), note(i, false))
}
const dropAutosaves = () => {
  for (const n of readdirSync(dir)) if (n.includes('_autosave')) rmSync(join(dir, n))
}
const stateDir = join(home, '.claude', 'baton', 'state')

function time(args, input) {
  const t = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, {env, cwd: project, input, encoding: 'utf8'})
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return {ms, out: r.stdout}
}
const hook = (name) => [join(root, 'dist', 'hooks', `${name}.cjs`)]
const input = (event, session, transcriptPath, extra = {}) =>
  JSON.stringify({session_id: session, transcript_path: transcriptPath, cwd: project, hook_event_name: event, ...extra})
const sorted = (xs) => [...xs].sort((a, b) => a - b)
const pct = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]
const f = (x) => `${x.toFixed(1)} ms`.padStart(10)

const t2 = transcript('2mb.jsonl', 2)
const t20 = transcript('20mb.jsonl', 20)
const results = []
function scenario(label, setup, each, check) {
  setup()
  const bare = []
  const hookMs = []
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '0'], '').ms)
    const {ms, out} = each(i)
    if (check && !check(out, i)) throw new Error(`${label}: unexpected output ${out}`)
    hookMs.push(ms)
  }
  const row = {label, bare: pct(bare, 50), med: pct(hookMs, 50), p95: pct(hookMs, 95), max: Math.max(...hookMs)}
  results.push(row)
  console.log(
    `${label.padEnd(62)} node -e 0 ${f(row.bare)}  hook median ${f(row.med)} (${(row.med / row.bare).toFixed(2)}x)` +
      `  p95 ${f(row.p95)}  slowest ${f(row.max)}`
  )
}
const wrote = (out) => /autosaved this session's work/.test(out)

console.log(`runs: ${runs} per case, node ${process.version}`)
scenario(
  'SessionEnd autosave, 2 MB transcript, 20 pending + 80 consumed',
  () => fill(20, 80),
  (i) => {
    dropAutosaves()
    return time(hook('session-end'), input('SessionEnd', `end2-${i}`, t2, {reason: 'exit'}))
  },
  wrote
)
scenario(
  'SessionEnd autosave, 20 MB transcript, 50 pending + 5,000 consumed',
  () => fill(50, 5000),
  (i) => {
    dropAutosaves()
    return time(hook('session-end'), input('SessionEnd', `end20-${i}`, t20, {reason: 'exit'}))
  },
  wrote
)
if (!values['session-end'])
  scenario(
    'SessionEnd after Stop autosaved, 20 MB, 50 pending + 5,000',
    () => {
      dropAutosaves()
      time(hook('stop'), input('Stop', 'covered', t20))
    },
    () => time(hook('session-end'), input('SessionEnd', 'covered', t20, {reason: 'exit'})),
    (out) => out.trim() === '{}'
  )
if (!values['session-end'])
  scenario(
    'Stop after an edit turn (writes the autosave), 20 MB, 50 + 5,000',
    () => dropAutosaves(),
    (i) => {
      // A new edit since the last Stop: its autosave replaces the earlier one.
      const timestamp = new Date().toISOString()
      const edit = {type: 'tool_use', id: `e${i}`, name: 'Edit', input: {file_path: `${project}/src/new${i}.ts`}}
      appendFileSync(
        t20,
        JSON.stringify({type: 'assistant', timestamp, message: {role: 'assistant', content: [edit]}}) + '\n'
      )
      return time(hook('stop'), input('Stop', 'stopper', t20))
    },
    () => readdirSync(dir).filter((n) => n.includes('_autosave')).length === 1
  )
if (!values['session-end'])
  scenario(
    'Stop after a turn without edits, 20 MB, 50 + 5,000',
    () => {},
    (i) => {
      const timestamp = new Date().toISOString()
      const text = {type: 'text', text: `answer ${i}`}
      appendFileSync(
        t20,
        JSON.stringify({type: 'assistant', timestamp, message: {role: 'assistant', content: [text]}}) + '\n'
      )
      return time(hook('stop'), input('Stop', 'stopper', t20))
    },
    (out) => out.trim() === '{}'
  )
rmSync(stateDir, {recursive: true, force: true})
rmSync(work, {recursive: true, force: true})
