// The cost of the claims ledger (design.md §14, "Retention"): a remote whose tree holds
// N claims (claims/<note>/<machine>, each a distinct ~100-byte blob; their notes were
// written within the horizon and are deleted, so pruning keeps them), for each N: the
// bytes per claim on the remote (packed), the time of the `git ls-tree -r -l` that every
// fetch is read with, a `baton sync` with nothing to do, and a SessionStart that claims
// one synced note (fetch, claim commit, push), with the bytes that one claim adds to the
// remote and to the machine's .git (no repack between).
// It also times the history check that lets claims be pruned (a `git log` limited to one
// path over --history commits).
// Usage: node bench/sync-ledger.mjs [--claims 0,5000,50000] [--runs 5] [--history 20000] [--keep]
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({
  options: {
    claims: {type: 'string', default: '0,5000,50000'},
    runs: {type: 'string', default: '5'},
    history: {type: 'string', default: '20000'},
    keep: {type: 'boolean'}
  }
})
const sizes = values.claims.split(',').map(Number)
const runs = Number(values.runs)
const root = resolve(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
const hook = join(root, 'dist', 'hooks', 'session-start.cjs')
const work = mkdtempSync(join(tmpdir(), 'baton-ledger-bench-'))
const git = (cwd, args, input) => {
  const r = spawnSync('git', args, {cwd, input, encoding: 'utf8', maxBuffer: 1 << 30})
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
  return r.stdout.trim()
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const time = (fn) => {
  const t = process.hrtime.bigint()
  const out = fn()
  return {ms: Number(process.hrtime.bigint() - t) / 1e6, out}
}
const du = (dir) => {
  let n = 0
  for (const e of readdirSync(dir, {withFileTypes: true}))
    n += e.isDirectory() ? du(join(dir, e.name)) : statSync(join(dir, e.name)).size
  return n
}
const body =
  '## Session summary\nBench.\n\n## What changed\n- a\n\n## What still needs work\n- b\n\n' +
  '## Key decisions\n- c\n\n## Active context\nd\n'
const pad = (n, w = 2) => String(n).padStart(w, '0')

/** A bare remote whose main holds `n` claims of notes consumed and deleted, written within the horizon. */
function ledgerRemote(n) {
  const remote = join(work, `remote-${n}.git`)
  git(work, ['init', '-q', '--bare', '-b', 'main', remote])
  const parts = ['commit refs/heads/main', 'committer baton <old-aaaa0000@baton> 1700000000 +0000', 'data 6', 'ledger']
  // Notes written within the horizon (the last 89 days): claims that pruning keeps.
  const base = Date.now() - 89 * 86_400_000
  const step = Math.floor((88 * 86_400_000) / Math.max(n, 1) / 1000) * 1000
  for (let i = 0; i < n; i++) {
    const d = new Date(base + i * step)
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
    const stamp = `${day}_${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`
    const machine = `host${i % 3}-${'abcdef01'.slice(0, 8)}`
    const text = `${JSON.stringify({machine, session: `s-${i}-${(i * 7919).toString(16)}`, at: d.toISOString()})}\n`
    parts.push(`M 100644 inline claims/${stamp}_note-${i}.md/${machine}`, `data ${Buffer.byteLength(text)}`, text)
  }
  if (n === 0) parts.push('M 100644 inline README', 'data 2', 'x\n')
  git(work, ['--git-dir', remote, 'fast-import', '--quiet'], `${parts.join('\n')}\n`)
  git(work, ['--git-dir', remote, 'repack', '-adq'])
  return remote
}

const input = (cwd) => JSON.stringify({session_id: 'bench', cwd, hook_event_name: 'SessionStart', source: 'startup'})
const report = {runs, ledger: {}}
for (const n of sizes) {
  const remote = ledgerRemote(n)
  const packed = du(join(remote, 'objects'))
  const home = join(work, `home-${n}`)
  const project = join(work, `project-${n}`)
  mkdirSync(join(home, '.claude', 'baton'), {recursive: true})
  writeFileSync(join(home, '.claude', 'baton', 'last-clean'), 'bench')
  mkdirSync(project)
  git(project, ['init', '-q'])
  const env = {PATH: process.env.PATH, HOME: home}
  const baton = (...args) => {
    const r = spawnSync(process.execPath, [cli, ...args], {env, cwd: project, input: body, encoding: 'utf8'})
    if (r.status !== 0) throw new Error(`baton ${args.join(' ')}: ${r.stderr}`)
    return r.stdout
  }
  const init = time(() => baton('sync', 'init', remote))
  const dotGit = join(home, '.claude', 'handoffs', '.git')
  const lsTree = []
  const idle = []
  const claim = []
  const growth = {remote: [], local: []}
  let undelivered = 0
  for (let i = 0; i < runs + 1; i++) {
    const ls = time(() =>
      git(dotGit, ['--git-dir', dotGit, 'ls-tree', '-r', '-z', '-l', '--full-tree', 'refs/remotes/origin/main'])
    )
    const s = time(() => baton('sync'))
    baton('handoff', 'write', '--slug', `n${i}`)
    baton('sync') // the note is on the remote: the next start claims it there
    const [r0, l0] = [du(join(remote, 'objects')), du(join(dotGit, 'objects'))]
    const h = time(() =>
      spawnSync(process.execPath, [hook], {
        env: {...env, CLAUDE_CODE_ENTRYPOINT: 'cli'},
        cwd: project,
        input: input(project),
        encoding: 'utf8'
      })
    )
    const ok = h.out.stdout.includes('count=\\"1\\"')
    if (!ok) baton('handoff', 'resume') // over the hook's budget: left pending; a prompt's resume has 10 s
    if (i === 0) continue // warm-up
    if (!ok) undelivered++
    lsTree.push(ls.ms)
    idle.push(s.ms)
    claim.push(h.ms)
    growth.remote.push(du(join(remote, 'objects')) - r0)
    growth.local.push(du(join(dotGit, 'objects')) - l0)
  }
  report.ledger[n] = {
    remotePackedBytes: packed,
    bytesPerClaim: n ? +(packed / n).toFixed(1) : null,
    initMs: +init.ms.toFixed(0),
    lsTreeMs: +median(lsTree).toFixed(1),
    idleSyncMs: +median(idle).toFixed(0),
    claimingStartMs: +median(claim).toFixed(0),
    startsOverBudget: `${undelivered}/${runs}`,
    bytesPerClaimPush: {remote: median(growth.remote), local: median(growth.local)}
  }
  console.error(`${n}: ${JSON.stringify(report.ledger[n])}`)
}
// The history check (a stale copy whose claims were pruned): one `git log -- <name>` over a
// linear history of H commits, each adding one claim, as a year of syncs would leave.
const H = Number(values.history)
const hist = join(work, 'history.git')
git(work, ['init', '-q', '--bare', '-b', 'main', hist])
const cmds = []
for (let i = 0; i < H; i++) {
  cmds.push('commit refs/heads/main', `committer b <b@b> ${1700000000 + i} +0000`, 'data 1', 'c')
  cmds.push(`M 100644 inline claims/${i % 100}/2025-01-01_000000_n${i}.md`, 'data 2', 'x\n') // small trees
}
git(work, ['--git-dir', hist, 'fast-import', '--quiet'], `${cmds.join('\n')}\n`)
git(work, ['--git-dir', hist, 'repack', '-adq'])
const logMs = []
for (let i = 0; i < 3; i++)
  logMs.push(
    time(() =>
      git(work, ['--git-dir', hist, 'log', '--format=', '--name-only', 'main', '--', '2025-01-01_000000_gone.md'])
    ).ms
  )
report.historyCheck = {commits: H, gitLogMs: +median(logMs).toFixed(0)}
console.log(JSON.stringify(report, null, 2))
if (values.keep) console.error(`kept ${work}`)
else rmSync(work, {recursive: true, force: true})
