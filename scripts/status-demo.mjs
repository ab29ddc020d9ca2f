// Many sessions at a glance, on a throwaway HOME: four stand-in Claude Code
// processes run Baton's real hooks (SessionStart, then an edit of a shared
// MEMORY.md), two earlier sessions left handoffs, one session is killed, and
// `baton status` shows the board. Also shows the guard denying the clobber.
// Usage: node scripts/status-demo.mjs [--keep]
import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

const root = resolve(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
const home = mkdtempSync(join(tmpdir(), 'baton-status-demo-'))
const env = {
  PATH: process.env.PATH,
  HOME: home,
  CLAUDE_CONFIG_DIR: join(home, '.claude'),
  NO_COLOR: process.stdout.isTTY ? '' : '1'
}
if (process.stdout.isTTY) env.FORCE_COLOR = '1'

const git = (cwd, ...args) =>
  spawnSync('git', ['-c', 'user.email=demo@example.invalid', '-c', 'user.name=Demo', ...args], {cwd, encoding: 'utf8'})
const repo = (name, branch) => {
  const dir = join(home, 'code', name)
  mkdirSync(dir, {recursive: true})
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'init')
  if (branch !== 'main') git(dir, 'checkout', '-q', '-b', branch)
  return dir
}

// A stand-in for one Claude Code process: its hooks run as its own children.
const SCRIPT =
  `const {spawnSync} = require('node:child_process')
require('node:readline').createInterface({input: process.stdin}).on('line', (l) => {
  const {hook, input} = JSON.parse(l)
  process.stdout.write(spawnSync('sh', [process.env.RUN_SH, hook], ` +
  `{input: JSON.stringify(input), encoding: 'utf8'}).stdout + '\\n')
})
setInterval(() => {}, 1 << 30)`
const session = (id, cwd) => {
  const child = spawn(process.execPath, ['-e', SCRIPT], {
    cwd,
    // Interactive sessions, as in a terminal: SessionStart claims there.
    env: {...env, RUN_SH: join(root, 'hooks', 'run.sh'), CLAUDE_CODE_ENTRYPOINT: 'cli'},
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const waiting = []
  child.stdout.setEncoding('utf8').on('data', (d) =>
    d
      .split('\n')
      .filter(Boolean)
      .forEach((l) => waiting.shift()?.(l))
  )
  const hook = (name, extra = {}) =>
    new Promise((done) => {
      waiting.push((l) => done(JSON.parse(l)))
      child.stdin.write(`${JSON.stringify({hook: name, input: {session_id: id, cwd, source: 'startup', ...extra}})}\n`)
    })
  return {id, child, hook}
}
const baton = (args, cwd, input = '') =>
  spawnSync(process.execPath, [cli, ...args], {cwd, env, input, encoding: 'utf8'})
const note = (what) =>
  `## Session summary\n${what}\n\n## What changed\n- src/x.ts\n\n## What still needs work\n- tests\n\n` +
  `## Key decisions\n- none\n\n## Active context\n${what}\n`

const blog = repo('blog', 'main')
const rss = repo('blog-rss', 'feat/rss')
const api = repo('api', 'fix/auth')
const memory = join(home, '.claude', 'projects', blog.replace(/[^a-zA-Z0-9]/g, '-'), 'memory', 'MEMORY.md')
mkdirSync(resolve(memory, '..'), {recursive: true})
writeFileSync(memory, Array.from({length: 212}, (_, i) => `- fact ${i + 1}`).join('\n') + '\n')

// One handoff waits from yesterday's session; the blog session resumes it at start.
baton(['handoff', 'write', '--slug', 'parser', '--session', 'earlier-1'], blog, note('parser half done'))
const sessions = [
  session('7f3a9c21-blog', blog),
  session('c0ffee42-rss', rss),
  session('a1b2c3d4-api', api),
  session('dead0001-api', api)
]
for (const s of sessions) await s.hook('session-start')
// Meanwhile two api sessions in other terminals finished and left handoffs.
baton(['handoff', 'write', '--slug', 'tokens', '--session', 'earlier-2'], api, note('token refresh'))
baton(['handoff', 'write', '--slug', 'cache', '--session', 'earlier-3'], api, note('cache layer'))
const edit = (s) =>
  s.hook('pre-tool-use', {hook_event_name: 'PreToolUse', tool_name: 'Edit', tool_input: {file_path: memory}})
await edit(sessions[0])
const denied = await edit(sessions[1])
sessions[3].child.kill('SIGKILL')
await new Promise((r) => sessions[3].child.once('exit', r))

console.log('$ baton status')
// The board as it looks five minutes later (the clock is pinned with BATON_NOW).
process.stdout.write(
  spawnSync(process.execPath, [cli, 'status'], {
    cwd: home,
    env: {...env, BATON_NOW: new Date(Date.now() + 5 * 60_000).toISOString()},
    encoding: 'utf8'
  }).stdout
)
console.log('\nSession c0ffee42 tried to edit the same MEMORY.md; PreToolUse answered:')
console.log(
  `  ${denied.hookSpecificOutput?.permissionDecision}: ` +
    `${denied.hookSpecificOutput?.permissionDecisionReason.replaceAll(home, '~')}`
)
for (const s of sessions) s.child.kill('SIGKILL')
if (!process.argv.includes('--keep')) rmSync(home, {recursive: true, force: true})
