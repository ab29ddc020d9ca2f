// Every hook against bare `node -e 0` and a floor script, in the same rounds.
// Each run is a fresh `node` process in a clean environment (PATH, HOME and the
// Claude Code variables only), as Claude Code starts a hook. Within a round the
// variants of a case run one after the other, in an order that rotates from
// round to round, so that machine load falls on all of them alike; medians of
// the rounds are reported, as ratios over `node -e 0` of the same rounds.
//
// SessionStart (source=startup, an interactive session, daily clean already done):
//   idle       nothing pending, 50 consumed
//   everyday   1 pending, 50 consumed (a week of 4-6 sessions a day)
//   heavy      20 pending among 5,000 consumed
//   idle-5000  nothing pending, 5,000 consumed
// Its floor is bench/floor-session-start.cjs (read stdin, list, claim each note
// with rename/link/write/rename, print JSON, unlink the holds). The other hooks'
// floor reads stdin and prints `{}`:
//   UserPromptSubmit   the registry heartbeat of a registered session
//   PreToolUse         an Edit of a project file
//   Stop               after a turn without edits (50-line transcript)
//   PreCompact         autosave of a turn with edits (50-line transcript, 50 consumed notes)
//   SessionEnd         the same, at the end of the session
//
// --before DIR: also run the hooks of another build (a folder holding dist/), as "before".
// --cpu: run each process under bench/rusage.py (python3), which times it from fork to exit and
// reports the CPU time it used (user + system, from wait4): the CPU ratios are far less disturbed
// than wall times when other work shares the machine.
// Usage: node bench/hooks-floor.mjs [--rounds 40] [--before DIR] [--only SessionStart] [--cpu] [--json]
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {benchNote, gitProject} from './fixtures.mjs'

const {values} = parseArgs({
  options: {
    rounds: {type: 'string', default: '40'},
    before: {type: 'string'},
    only: {type: 'string'},
    cpu: {type: 'boolean'},
    json: {type: 'boolean'}
  }
})
const rounds = Number(values.rounds)
const root = resolve(import.meta.dirname, '..')
const before = values.before ? resolve(values.before) : undefined
const work = mkdtempSync(join(tmpdir(), 'baton-bench-floor-'))
const home = join(work, 'home')
const project = join(work, 'project')
const dir = join(home, '.claude', 'handoffs')
const template = join(work, 'template')
const park = join(work, 'park')
for (const d of [dir, template, park, project, join(home, '.claude', 'baton')]) mkdirSync(d, {recursive: true})
const head = gitProject(project, {withFile: true})

const note = (i, consumed) => benchNote(i, consumed, project, head)
for (let i = 0; i < 5000; i++)
  writeFileSync(join(park, `2026-11-19_${String(100000 + i).slice(-6)}_old-${i}_done.md`), note(i, true))
for (let i = 0; i < 20; i++)
  writeFileSync(join(template, `2026-11-21_10${String(i).padStart(2, '0')}00_p-${i}.md`), note(i, false))
// The daily retention clean already ran today, as it would have in real use.
writeFileSync(join(home, '.claude', 'baton', 'last-clean'), 'bench')

// A transcript of 50 lines, timed, a minute old; `edits`: with Edit calls.
const transcript = (name, edits) => {
  const end = Date.now() - 60_000
  const lines = []
  for (let i = 0; i < 50; i++) {
    const tool =
      edits && i % 10 === 3
        ? {name: 'Edit', input: {file_path: join(project, 'a.ts'), old_string: '1', new_string: '2'}}
        : {name: 'Read', input: {file_path: join(project, 'a.ts')}}
    const e = {type: 'assistant', message: {role: 'assistant', content: [{type: 'tool_use', id: `t${i}`, ...tool}]}}
    const timestamp = new Date(end - (50 - i) * 1000).toISOString()
    lines.push(JSON.stringify({...e, timestamp}))
    // Its result: an edit counts only once it succeeded.
    const result = {type: 'tool_result', tool_use_id: `t${i}`, content: 'ok'}
    lines.push(JSON.stringify({type: 'user', timestamp, message: {role: 'user', content: [result]}}))
  }
  const path = join(work, name)
  writeFileSync(path, lines.join('\n') + '\n')
  return path
}
const quiet = transcript('quiet.jsonl', false)
const edited = transcript('edited.jsonl', true)

const env = {
  PATH: process.env.PATH,
  HOME: home,
  CLAUDE_PROJECT_DIR: project,
  CLAUDE_CODE_ENTRYPOINT: 'cli'
}
const consumedNow = () => readdirSync(dir).filter((f) => f.endsWith('_done.md'))
/** The folder as a case wants it: `pending` notes to claim and `consumed` old ones, nothing else. */
const reset = (pending, consumed) => {
  for (const f of readdirSync(dir)) if (!/^2026-11-19_.*_done\.md$/.test(f)) rmSync(join(dir, f), {recursive: true})
  const done = consumedNow()
  for (const f of done.slice(consumed)) renameSync(join(dir, f), join(park, f))
  if (done.length < consumed)
    for (const f of readdirSync(park).slice(0, consumed - done.length)) renameSync(join(park, f), join(dir, f))
  for (const f of readdirSync(template).slice(0, pending)) copyFileSync(join(template, f), join(dir, f))
}
const input = (event, more = {}) =>
  JSON.stringify({session_id: 'bench-session', transcript_path: '', cwd: project, hook_event_name: event, ...more})

const floorStdin = join(work, 'floor-stdin.cjs')
writeFileSync(floorStdin, "require('node:fs').readFileSync(0);require('node:fs').writeSync(1,'{}')\n")
const sessionFloor = join(root, 'bench', 'floor-session-start.cjs')

const cases = [
  ...[
    ['idle', 0, 50],
    ['everyday', 1, 50],
    ['heavy', 20, 5000],
    ['idle-5000', 0, 5000]
  ].map(([name, pending, consumed]) => ({
    hook: 'SessionStart',
    file: 'session-start',
    name,
    input: input('SessionStart', {source: 'startup'}),
    floor: sessionFloor,
    prepare: () => reset(pending, consumed),
    check: (out, floor) => {
      const n = floor ? (out.match(/<handoff count=/g) ?? []).length : Number(/count=\\"(\d+)\\"/.exec(out)?.[1] ?? 0)
      if (n !== pending) throw new Error(`SessionStart ${name}: delivered ${n} of ${pending}: ${out.slice(0, 300)}`)
    }
  })),
  {hook: 'UserPromptSubmit', file: 'user-prompt-submit', name: 'heartbeat', input: input('UserPromptSubmit')},
  {
    hook: 'PreToolUse',
    file: 'pre-tool-use',
    name: 'project file',
    input: input('PreToolUse', {tool_name: 'Edit', tool_input: {file_path: join(project, 'a.ts')}})
  },
  {hook: 'Stop', file: 'stop', name: 'turn without edits', input: input('Stop', {transcript_path: quiet})},
  ...[
    ['PreCompact', 'pre-compact', {trigger: 'auto'}],
    ['SessionEnd', 'session-end', {reason: 'exit'}]
  ].map(([hook, file, more]) => ({
    hook,
    file,
    name: 'autosave after edits',
    input: input(hook, {transcript_path: edited, ...more}),
    prepare: () => reset(0, 50),
    check: (out, floor) => {
      if (!floor && !out.includes('autosaved')) throw new Error(`${hook}: no autosave: ${out.slice(0, 300)}`)
    }
  }))
].filter((c) => !values.only || c.hook === values.only)

const rusage = join(root, 'bench', 'rusage.py')
/** One run: wall ms, and with --cpu the CPU ms the process used. */
const time = (args, c, floor, variant) => {
  c.prepare?.()
  // Each build keeps its own V8 code cache, as each installed plugin does (CLAUDE_PLUGIN_DATA): a cache
  // is bound to its bundle, so two builds sharing one folder would keep replacing each other's.
  const data = {CLAUDE_PLUGIN_DATA: join(work, `plugin-data-${variant}`)}
  const [cmd, argv] = values.cpu ? ['python3', [rusage, process.execPath, ...args]] : [process.execPath, args]
  const t = process.hrtime.bigint()
  const r = spawnSync(cmd, argv, {env: {...env, ...data}, cwd: project, input: c.input, encoding: 'utf8'})
  let ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  if (args.length === 1) c.check?.(r.stdout, floor)
  if (!values.cpu) return {ms}
  const m = /rusage ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr)
  if (!m) throw new Error(`no rusage line: ${r.stderr.slice(-200)}`)
  ms = Number(m[1])
  return {ms, cpu: Number(m[2])}
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const load = [loadavg()[0]]
const results = []
// Register the session once (UserPromptSubmit's heartbeat then finds it).
spawnSync(process.execPath, [join(root, 'dist', 'hooks', 'session-start.cjs')], {
  env,
  cwd: project,
  input: input('SessionStart', {source: 'startup'})
})
for (const c of cases) {
  const variants = [
    ['node -e 0', ['-e', '0']],
    ['floor', [c.floor ?? floorStdin], true],
    ['baton', [join(root, 'dist', 'hooks', `${c.file}.cjs`)]],
    ...(before ? [['before', [join(before, 'dist', 'hooks', `${c.file}.cjs`)]]] : [])
  ]
  const samples = Object.fromEntries(variants.map(([v]) => [v, []]))
  const cpu = Object.fromEntries(variants.map(([v]) => [v, []]))
  for (let r = 0; r < rounds + 2; r++) {
    for (let k = 0; k < variants.length; k++) {
      const [v, args, floor] = variants[(r + k) % variants.length]
      const run = time(args, c, floor, v === 'before' ? 'before' : 'baton')
      if (r < 2) continue // two warm-up rounds
      samples[v].push(run.ms)
      if (run.cpu !== undefined) cpu[v].push(run.cpu)
    }
  }
  load.push(loadavg()[0])
  const base = median(samples['node -e 0'])
  const row = {hook: c.hook, case: c.name, node_e_0_ms: +base.toFixed(1)}
  for (const [v] of variants.slice(1)) {
    row[`${v}_ms`] = +median(samples[v]).toFixed(1)
    row[v] = +(median(samples[v]) / base).toFixed(2)
  }
  if (values.cpu) {
    const cbase = median(cpu['node -e 0'])
    row.cpu_node_e_0_ms = +cbase.toFixed(1)
    for (const [v] of variants.slice(1)) {
      row[`cpu_${v}_ms`] = +median(cpu[v]).toFixed(1)
      row[`cpu_${v}`] = +(median(cpu[v]) / cbase).toFixed(2)
    }
  }
  results.push(row)
  if (!values.json) console.error(JSON.stringify(row))
}
const report = {rounds, node: process.version, load: load.map((l) => +l.toFixed(1)), results}
if (values.json) console.log(JSON.stringify(report, null, 2))
else {
  const cols = ['floor', 'baton', ...(before ? ['before'] : [])]
  console.log(`| hook | case | \`node -e 0\` | ${cols.map((c) => `${c} (ratio)`).join(' | ')} |`)
  console.log(`|---|---|---|${cols.map(() => '---|').join('')}`)
  for (const r of results)
    console.log(
      `| ${r.hook} | ${r.case} | ${r.node_e_0_ms} ms | ` +
        cols.map((c) => `${r[`${c}_ms`]} ms (**${r[c].toFixed(2)}×**)`).join(' | ') +
        ' |'
    )
  if (values.cpu) {
    console.log('\nCPU time (user + system), medians:\n')
    console.log(`| hook | case | \`node -e 0\` | ${cols.map((c) => `${c} (ratio)`).join(' | ')} |`)
    console.log(`|---|---|---|${cols.map(() => '---|').join('')}`)
    for (const r of results)
      console.log(
        `| ${r.hook} | ${r.case} | ${r.cpu_node_e_0_ms} ms | ` +
          cols.map((c) => `${r[`cpu_${c}_ms`]} ms (**${r[`cpu_${c}`].toFixed(2)}×**)`).join(' | ') +
          ' |'
      )
  }
  console.log(`\n${rounds} rounds, Node ${process.version}, load average ${load.join(' → ')}`)
}
if (existsSync(work)) rmSync(work, {recursive: true, force: true})
