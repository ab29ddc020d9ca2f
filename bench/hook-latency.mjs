// SessionStart hook latency, as a ratio over bare `node -e 0`. The hook and the
// baseline run alternately in the same process, each as a fresh `node` process
// (like Claude Code runs them); medians are reported.
// Scenarios (source=startup):
//   issue:   20 pending handoffs to claim, 5,000 consumed on disk (the case;
//            pending ones are re-created, untimed, before each run)
//   typical: 1 pending, 5,000 consumed
//   idle:    nothing pending, 5,000 consumed
//   everyday: 1 pending, 50 consumed (a week of 4-6 sessions a day)
// Usage: node bench/hook-latency.mjs [--runs 40] [--keep]
import {spawnSync} from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {benchNote, gitProject} from './fixtures.mjs'

const {values} = parseArgs({options: {runs: {type: 'string', default: '40'}, keep: {type: 'boolean'}}})
const runs = Number(values.runs)
const root = resolve(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'baton-bench-'))
const home = join(work, 'home')
const project = join(work, 'project')
const dir = join(home, '.claude', 'handoffs')
const template = join(work, 'template')
for (const d of [dir, template, project, join(home, '.claude', 'baton')]) mkdirSync(d, {recursive: true})
const head = gitProject(project)

const note = (i, consumed) => benchNote(i, consumed, project, head)
for (let i = 0; i < 5000; i++)
  writeFileSync(join(dir, `2026-11-19_${String(100000 + i).slice(-6)}_old-${i}_done.md`), note(i, true))
for (let i = 0; i < 20; i++)
  writeFileSync(join(template, `2026-11-21_10${String(i).padStart(2, '0')}00_p-${i}.md`), note(i, false))
// The daily retention clean already ran today, as it would have in real use.
writeFileSync(join(home, '.claude', 'baton', 'last-clean'), 'bench')

// An interactive session, where SessionStart claims (as `claude` in a terminal).
const env = {
  PATH: process.env.PATH,
  HOME: home,
  CLAUDE_PROJECT_DIR: project,
  CLAUDE_PLUGIN_ROOT: root,
  CLAUDE_CODE_ENTRYPOINT: 'cli'
}
const input = JSON.stringify({
  session_id: 'bench-session',
  transcript_path: '',
  cwd: project,
  hook_event_name: 'SessionStart',
  source: 'startup'
})
const time = (cmd, args) => {
  const t = process.hrtime.bigint()
  const r = spawnSync(cmd, args, {env, cwd: project, input, encoding: 'utf8'})
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return {ms, out: r.stdout}
}
const reset = (pending, consumed = 5000) => {
  for (const f of readdirSync(dir)) if (f.includes('_p-') || !f.endsWith('_done.md')) rmSync(join(dir, f))
  // Consumed files beyond `consumed` are parked outside the directory, and brought back when needed.
  const park = join(work, 'park')
  mkdirSync(park, {recursive: true})
  const done = readdirSync(dir).filter((f) => f.endsWith('_done.md'))
  for (const f of done.slice(consumed)) renameSync(join(dir, f), join(park, f))
  if (done.length < consumed)
    for (const f of readdirSync(park).slice(0, consumed - done.length)) renameSync(join(park, f), join(dir, f))
  for (const f of readdirSync(template).slice(0, pending)) copyFileSync(join(template, f), join(dir, f))
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const hook = [join(root, 'dist', 'hooks', 'session-start.cjs')]
// The command exactly as hooks.json gives it, run by a shell as Claude Code does.
const command = JSON.parse(readFileSync(join(root, 'hooks', 'hooks.json'), 'utf8')).hooks.SessionStart[0].hooks[0]
  .command
const report = {runs, scenarios: {}}
for (const [name, pending, consumed] of [
  ['issue', 20, 5000],
  ['typical', 1, 5000],
  ['idle', 0, 5000],
  ['everyday', 1, 50]
]) {
  const samples = {base: [], hook: [], wrapped: []}
  for (let i = 0; i < runs + 3; i++) {
    reset(pending, consumed)
    const h = time(process.execPath, hook)
    if (pending > 0 && !h.out.includes(`count=\\"${pending}\\"`))
      throw new Error(`hook did not deliver ${pending}: ${h.out.slice(0, 200)}`)
    const b = time(process.execPath, ['-e', '0'])
    reset(pending, consumed)
    const w = time('sh', ['-c', command])
    if (i < 3) continue // warm-up
    samples.hook.push(h.ms)
    samples.base.push(b.ms)
    samples.wrapped.push(w.ms)
  }
  const base = median(samples.base)
  report.scenarios[name] = {
    pending,
    consumed,
    node_e_0_ms: +base.toFixed(1),
    hook_ms: +median(samples.hook).toFixed(1),
    ratio: +(median(samples.hook) / base).toFixed(2),
    ratio_via_hooks_json: +(median(samples.wrapped) / base).toFixed(2)
  }
}
console.log(JSON.stringify(report, null, 2))
if (values.keep) console.error(`kept ${work}`)
else rmSync(work, {recursive: true, force: true})
