// SessionStart with sync on, as ratios over the same hook without sync.
// Each run is a fresh `node` process in a clean environment (`env -i PATH HOME`, plus
// `CLAUDE_CODE_ENTRYPOINT=cli`: an interactive session, which claims at start), source=startup,
// with one pending note for this project. Medians are reported.
// Scenarios:
//   nosync:       a plain handoff directory, one pending note (the baseline)
//   nosync-idle:  a plain handoff directory, nothing pending (the baseline for idle)
//   idle:         synced, nothing pending (only an existsSync more)
//   local-remote: synced with a bare repository on disk; the note is on the remote,
//                 so the hook fetches, pushes its claim and delivers it (the note is
//                 written and pushed again, untimed, before each run)
//   unreachable:  the remote's folder moved away: the fetch fails fast and the note
//                 stays pending with one line why
//   ssh-blackhole: an ssh remote at an unroutable address (TEST-NET-1): bounded by
//                 syncTimeoutMs (2000 by default), fewer runs
// Usage: node bench/sync-latency.mjs [--runs 15] [--keep]
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({options: {runs: {type: 'string', default: '15'}, keep: {type: 'boolean'}}})
const runs = Number(values.runs)
const root = resolve(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
const hook = join(root, 'dist', 'hooks', 'session-start.cjs')
const work = mkdtempSync(join(tmpdir(), 'baton-sync-bench-'))
const project = join(work, 'project')
mkdirSync(project)
const git = (cwd, ...a) => {
  const r = spawnSync('git', a, {cwd, encoding: 'utf8'})
  if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`)
  return r.stdout.trim()
}
git(project, 'init', '-q')
git(project, '-c', 'user.email=b@b', '-c', 'user.name=b', 'commit', '-q', '--allow-empty', '-m', 'init')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const body =
  '## Session summary\nBench.\n\n## What changed\n- a\n\n## What still needs work\n- b\n\n' +
  '## Key decisions\n- c\n\n## Active context\nd\n'

/** A machine: a home with its own handoff directory. */
function machine(name) {
  const home = join(work, name)
  mkdirSync(join(home, '.claude', 'baton'), {recursive: true})
  // The daily retention clean already ran today, as it would have in real use.
  writeFileSync(join(home, '.claude', 'baton', 'last-clean'), 'bench')
  const env = {PATH: process.env.PATH, HOME: home}
  // The hook runs as in a session a person reads (it claims at start there only).
  const hookEnv = {...env, CLAUDE_CODE_ENTRYPOINT: 'cli'}
  const run = (...args) => {
    const r = spawnSync(process.execPath, [cli, ...args], {env, cwd: project, input: body, encoding: 'utf8'})
    if (r.status !== 0) throw new Error(`baton ${args.join(' ')}: ${r.stderr}`)
    return r.stdout
  }
  return {home, env, hookEnv, run}
}

const input = JSON.stringify({session_id: 'bench', cwd: project, hook_event_name: 'SessionStart', source: 'startup'})
function timeHook(m) {
  const t = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [hook], {env: m.hookEnv, cwd: project, input, encoding: 'utf8'})
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`hook exited ${r.status}: ${r.stderr}`)
  return {ms, out: r.stdout}
}

const delivered = (out) => {
  if (!out.includes('count=\\"1\\"')) throw new Error(`not delivered: ${out.slice(0, 300)}`)
}
const pendingWhy = (out) => {
  if (!out.includes('stay pending')) throw new Error(`no offline line: ${out.slice(0, 300)}`)
}

const plain = machine('plain')
const idlePlain = machine('plain-idle')
const remote = join(work, 'handoffs.git')
git(work, 'init', '-q', '--bare', remote)
const synced = machine('synced')
synced.run('sync', 'init', remote)
const idleRemote = join(work, 'idle.git')
git(work, 'init', '-q', '--bare', idleRemote)
const idle = machine('synced-idle')
idle.run('sync', 'init', idleRemote)
// A remote that answered once, then went away for good: every run finds it gone.
const goneRemote = join(work, 'gone.git')
git(work, 'init', '-q', '--bare', goneRemote)
const offline = machine('offline')
offline.run('sync', 'init', goneRemote)
offline.run('handoff', 'write', '--slug', 'n')
offline.run('sync')
renameSync(goneRemote, `${goneRemote}.away`)
const holeRemote = join(work, 'hole.git')
git(work, 'init', '-q', '--bare', holeRemote)
const blackhole = machine('blackhole')
blackhole.run('sync', 'init', holeRemote)
blackhole.run('handoff', 'write', '--slug', 'b')
blackhole.run('sync')
git(join(blackhole.home, '.claude', 'handoffs'), 'remote', 'set-url', 'origin', 'ssh://git@192.0.2.1/x.git')

// Scenarios run in turn within each round, so that a machine's load drifts over all of them alike.
const scenarios = {
  nosync: [plain, () => plain.run('handoff', 'write', '--slug', 'n'), delivered],
  'nosync-idle': [idlePlain, () => {}, () => {}],
  idle: [idle, () => {}, () => {}],
  'local-remote': [
    synced,
    () => {
      synced.run('handoff', 'write', '--slug', 'n')
      synced.run('sync')
    },
    delivered
  ],
  unreachable: [offline, () => {}, pendingWhy],
  'ssh-blackhole': [blackhole, () => {}, pendingWhy]
}
const samples = Object.fromEntries(Object.keys(scenarios).map((k) => [k, []]))
for (let i = 0; i < runs + 2; i++)
  for (const [name, [m, prepare, check]] of Object.entries(scenarios)) {
    if (name === 'ssh-blackhole' && i >= 5) continue // each costs up to syncTimeoutMs
    prepare()
    const {ms, out} = timeHook(m)
    check(out)
    if (i >= 2) samples[name].push(ms) // warm-up
  }
const report = {runs, scenarios: {}}
for (const [name, xs] of Object.entries(samples)) report.scenarios[name] = +median(xs).toFixed(1)
const base = (k) => report.scenarios[k === 'idle' || k === 'nosync-idle' ? 'nosync-idle' : 'nosync']
report.ratios = Object.fromEntries(Object.entries(report.scenarios).map(([k, v]) => [k, +(v / base(k)).toFixed(2)]))
console.log(JSON.stringify(report, null, 2))
if (values.keep) console.error(`kept ${work}`)
else rmSync(work, {recursive: true, force: true})
