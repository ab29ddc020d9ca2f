// PreToolUse (the shared-file guard) latency as a ratio over bare `node -e 0`,
// the two measured alternately in the same run, medians reported. Cases:
//   project   an Edit of a project file (the common case: prefix check, `{}`)
//   held      an Edit of MEMORY.md under $CLAUDE_HOME that this session already claimed,
//             with 5 other live sessions registered (their pids are real `sleep` processes)
//   claim     the same, but the claim is new each time (the registry entry is rewritten)
// Usage: node bench/pretool-latency.mjs [--runs 40]
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {hostname, tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({options: {runs: {type: 'string', default: '40'}}})
const runs = Number(values.runs)
const root = resolve(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'baton-bench-'))
const home = join(work, 'home')
const project = join(work, 'project')
const claude = join(home, '.claude')
const sessions = join(claude, 'baton', 'sessions')
const memory = join(claude, 'projects', project.replace(/[^a-zA-Z0-9]/g, '-'), 'memory', 'MEMORY.md')
mkdirSync(sessions, {recursive: true})
mkdirSync(join(project, 'src'), {recursive: true})
mkdirSync(resolve(memory, '..'), {recursive: true})
writeFileSync(memory, '- a fact\n')

// Five other live sessions, each holding a claim on some other shared file, plus this one.
const sleepers = Array.from({length: 5}, () => spawn('sleep', ['600'], {stdio: 'ignore'}))
const started = (pid) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[19]) || 0
const now = new Date().toISOString()
const entry = (session, pid, claims) => ({
  baton: 1,
  session,
  pid,
  pidStart: pid ? started(pid) : 0,
  host: hostname(),
  project,
  worktree: project,
  branch: 'main',
  started: now,
  heartbeat: now,
  claims
})
sleepers.forEach((s, i) =>
  writeFileSync(
    join(sessions, `other-${i}.json`),
    JSON.stringify(entry(`other-${i}`, s.pid, [{path: join(claude, 'skills', `s${i}.md`), at: now}]))
  )
)
const self = spawn('sleep', ['600'], {stdio: 'ignore'})
const mine = (claims) => writeFileSync(join(sessions, 'bench.json'), JSON.stringify(entry('bench', self.pid, claims)))

const env = {PATH: process.env.PATH, HOME: home, CLAUDE_PROJECT_DIR: project, CLAUDE_PLUGIN_ROOT: root}
const input = (file) =>
  JSON.stringify({
    session_id: 'bench',
    cwd: project,
    hook_event_name: 'PreToolUse',
    tool_name: 'Edit',
    tool_input: {file_path: file, old_string: 'a', new_string: 'b'}
  })
const time = (cmd, args, stdin = '') => {
  const t = process.hrtime.bigint()
  const r = spawnSync(cmd, args, {env, cwd: project, input: stdin, encoding: 'utf8'})
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return {ms, out: r.stdout}
}
const hook = ['cjs', 'js'].map((x) => join(root, 'dist', 'hooks', `pre-tool-use.${x}`)).find((f) => existsSync(f))
// The command exactly as hooks.json gives it, run by a shell as Claude Code does.
const command = JSON.parse(readFileSync(join(root, 'hooks', 'hooks.json'), 'utf8')).hooks.PreToolUse[0].hooks[0].command
const cases = {
  project: {file: join(project, 'src', 'a.ts'), before: () => {}},
  held: {file: memory, before: () => {}},
  claim: {file: memory, before: () => mine([])}
}
mine([{path: memory, at: now}])
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const report = {runs, other_live_sessions: 5}
for (const [name, c] of Object.entries(cases)) {
  const s = {base: [], hook: [], wrapped: []}
  for (let i = 0; i < runs + 3; i++) {
    c.before()
    const h = time(process.execPath, [hook], input(c.file))
    if (h.out !== '{}') throw new Error(`${name}: expected {} but got ${h.out}`)
    const b = time(process.execPath, ['-e', '0'])
    c.before()
    const w = time('sh', ['-c', command], input(c.file))
    if (i < 3) continue // warm-up
    s.base.push(b.ms)
    s.hook.push(h.ms)
    s.wrapped.push(w.ms)
  }
  const base = median(s.base)
  report[name] = {
    node_e_0_ms: +base.toFixed(1),
    hook_ms: +median(s.hook).toFixed(1),
    hook_via_hooks_json_ms: +median(s.wrapped).toFixed(1),
    ratio: +(median(s.hook) / base).toFixed(3),
    ratio_via_hooks_json: +(median(s.wrapped) / base).toFixed(3)
  }
}
console.log(JSON.stringify(report, null, 2))
for (const p of [...sleepers, self]) p.kill()
rmSync(work, {recursive: true, force: true})
