// SessionStart hook latency (source=startup) with 20 pending and 5,000 consumed
// handoffs on disk, as a ratio over bare `node -e 0`. The two are measured
// alternately in the same run; the 20 pending handoffs are re-created (untimed)
// before every hook run, since the hook claims them.
// Usage: node bench/hook-latency.mjs [--runs 40] [--event session-start|pre-tool-use]
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({options: {runs: {type: 'string', default: '40'}, event: {type: 'string', default: 'session-start'}}})
const runs = Number(values.runs)
const root = resolve(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'baton-bench-'))
const home = join(work, 'home')
const project = join(work, 'project')
const dir = join(home, '.claude', 'handoffs')
const template = join(work, 'template')
mkdirSync(dir, {recursive: true})
mkdirSync(template)
mkdirSync(project)
const git = (...a) => spawnSync('git', a, {cwd: project, encoding: 'utf8'}).stdout.trim()
git('init', '-q')
git('-c', 'user.email=b@b', '-c', 'user.name=b', 'commit', '-q', '--allow-empty', '-m', 'init')
const head = git('rev-parse', 'HEAD')

const note = (i, consumed) =>
  `---\nbaton: 1\ncreated: '2026-11-${consumed ? '19' : '21'}T10:00:00.000Z'\nsession: s${i}\nproject: ${project}\nbranch: main\ncommit: ${head}\ndirty: 0\nhost: bench\n` +
  (consumed ? `consumed:\n  at: '2026-11-20T10:00:00.000Z'\n  by: x\n` : '') +
  `---\n\n## Session summary\nNote ${i}.\n\n## What changed\n- src/file${i}.ts\n\n## What still needs work\n- more\n\n## Key decisions\n- none\n\n## Active context\nctx ${i}\n`
for (let i = 0; i < 5000; i++) writeFileSync(join(dir, `2026-11-19_${String(100000 + i).slice(-6)}_old-${i}_done.md`), note(i, true))
for (let i = 0; i < 20; i++) writeFileSync(join(template, `2026-11-21_10${String(i).padStart(2, '0')}00_p-${i}.md`), note(i, false))
// The daily clean ran today already (as it would have in a real day).
mkdirSync(join(home, '.claude', 'baton'), {recursive: true})
writeFileSync(join(home, '.claude', 'baton', 'last-clean'), 'bench')

const env = {PATH: process.env.PATH, HOME: home, CLAUDE_PROJECT_DIR: project, CLAUDE_PLUGIN_ROOT: root}
const input = JSON.stringify({session_id: 'bench-session', transcript_path: '', cwd: project, hook_event_name: 'SessionStart', source: 'startup'})
const time = (cmd, args) => {
  const t = process.hrtime.bigint()
  const r = spawnSync(cmd, args, {env, cwd: project, input, encoding: 'utf8'})
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return {ms, out: r.stdout}
}
const reset = () => {
  for (const f of readdirSync(dir)) if (!f.endsWith('_done.md') || f.includes('_p-')) rmSync(join(dir, f))
  for (const f of readdirSync(template)) copyFileSync(join(template, f), join(dir, f))
}

const hook = [join(root, 'dist', 'hooks', `${values.event}.js`)]
const wrapped = [join(root, 'hooks', 'run.sh'), values.event]
const samples = {base: [], hook: [], wrapped: []}
for (let i = 0; i < runs + 3; i++) {
  reset()
  const h = time(process.execPath, hook)
  if (!h.out.includes('count=\\"20\\"')) throw new Error(`hook did not deliver 20 handoffs: ${h.out.slice(0, 200)}`)
  const b = time(process.execPath, ['-e', '0'])
  reset()
  const w = time('sh', wrapped)
  if (i < 3) continue // warm-up
  samples.hook.push(h.ms)
  samples.base.push(b.ms)
  samples.wrapped.push(w.ms)
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const base = median(samples.base)
const report = {
  event: values.event,
  runs,
  pending: 20,
  consumed: 5000,
  node_e_0_ms: +base.toFixed(1),
  hook_ms: +median(samples.hook).toFixed(1),
  hook_via_run_sh_ms: +median(samples.wrapped).toFixed(1),
  ratio: +(median(samples.hook) / base).toFixed(3),
  ratio_via_run_sh: +(median(samples.wrapped) / base).toFixed(3)
}
console.log(JSON.stringify(report, null, 2))
rmSync(work, {recursive: true, force: true})
