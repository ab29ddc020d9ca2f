/**
 * Two machines for the sync tests: two homes, the same project cloned at
 * different paths (same origin URL), and a bare remote on disk for handoffs.
 * Everything real: `node dist/cli.js` processes and the system git.
 */
import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {body, cliEnv, runCli, tempDir, type Run} from './helpers.ts'

/** Runs git, throwing on failure. */
export function sh(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {cwd, encoding: 'utf8'})
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
  return r.stdout
}

/** One machine: its home, env, project clone and handoff directory. */
export interface Machine {
  name: string
  home: string
  env: Record<string, string>
  project: string
  handoffs: string
  run: (args: string[], extra?: {input?: string; env?: Record<string, string>; killAfterMs?: number}) => Promise<Run>
}

/** The world: a bare handoff remote and two machines. */
export interface World {
  root: string
  remote: string
  /** the project's origin (both clones' `origin`) */
  origin: string
  a: Machine
  b: Machine
}

function machine(
  root: string,
  name: string,
  projectPath: string,
  origin: string,
  extra: Record<string, string>
): Machine {
  const home = join(root, name)
  mkdirSync(home, {recursive: true})
  const project = join(home, projectPath)
  mkdirSync(join(project, '..'), {recursive: true})
  sh(root, 'clone', '-q', origin, project)
  const env = cliEnv(home, {BATON_SYNC_TIMEOUT_MS: '30000', ...extra})
  return {
    name,
    home,
    env,
    project,
    handoffs: join(home, '.claude', 'handoffs'),
    run: (args, more = {}) =>
      runCli(args, {
        env: {...env, ...(more.env ?? {})},
        cwd: project,
        ...(more.input ? {input: more.input} : {}),
        ...(more.killAfterMs === undefined ? {} : {killAfterMs: more.killAfterMs})
      })
  }
}

/** A machine whose whole home is a copy of `m`'s (a cloned disk, a copied `~/.claude`), at another path. */
export function copyMachine(root: string, m: Machine, name: string): Machine {
  const home = join(root, name)
  cpSync(m.home, home, {recursive: true})
  const env = {...m.env, HOME: home, CLAUDE_CONFIG_DIR: join(home, '.claude')}
  return {
    name,
    home,
    env,
    project: m.project.replace(m.home, home),
    handoffs: join(home, '.claude', 'handoffs'),
    run: (args, more = {}) =>
      runCli(args, {
        env: {...env, ...(more.env ?? {})},
        cwd: m.project.replace(m.home, home),
        ...(more.input ? {input: more.input} : {})
      })
  }
}

/** A temporary root with a bare handoff remote and a project origin with one commit. */
function remotes(prefix: string): {root: string; remote: string; origin: string} {
  const root = tempDir(prefix)
  const remote = join(root, 'handoffs.git')
  sh(root, 'init', '-q', '--bare', '-b', 'main', remote)
  const seed = join(root, 'seed')
  sh(root, 'init', '-q', '-b', 'main', seed)
  sh(seed, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'init')
  const origin = join(root, 'app.git')
  sh(root, 'clone', '-q', '--bare', seed, origin)
  return {root, remote, origin}
}

/** Builds the world; `extra` is added to both machines' environments. */
export function world(extra: Record<string, string> = {}): World {
  const {root, remote, origin} = remotes('baton-sync-')
  return {
    root,
    remote,
    origin,
    a: machine(root, 'a', 'src/app', origin, extra),
    b: machine(root, 'b', 'work/app', origin, extra)
  }
}

/**
 * A team: a bare handoff remote and one machine per entry, each a HOME with
 * its own `~/.gitconfig` (`user.email`, none when `email` is empty), the same
 * project cloned at a path of its own.
 */
export function team(
  people: Record<string, string>,
  extra: Record<string, string> = {}
): {remote: string; m: Record<string, Machine>} {
  const {root, remote, origin} = remotes('baton-team-')
  const machines: Record<string, Machine> = {}
  for (const [name, email] of Object.entries(people)) {
    mkdirSync(join(root, name), {recursive: true})
    if (email) writeFileSync(join(root, name, '.gitconfig'), `[user]\n\tname = ${name}\n\temail = ${email}\n`)
    machines[name] = machine(root, name, `src-${name}/app`, origin, extra)
  }
  return {remote, m: machines}
}

/** Writes a note carrying `marker` on machine `m`; throws on failure. */
export async function write(m: Machine, marker: string, to?: string): Promise<void> {
  const r = await m.run(['handoff', 'write', '--slug', marker, ...(to ? ['--to', to] : [])], {input: body(marker)})
  if (r.code !== 0) throw new Error(`write ${marker} on ${m.name}: ${r.stderr}`)
}

/** Runs a command that must succeed. */
export async function ok(m: Machine, args: string[], env?: Record<string, string>): Promise<Run> {
  const r = await m.run(args, env ? {env} : {})
  if (r.code !== 0) throw new Error(`${args.join(' ')} on ${m.name}: exit ${r.code}: ${r.stderr}`)
  return r
}

/** The markers a resume's output delivered (each note's body ends with `end=<marker>`). */
export function delivered(stdout: string): string[] {
  return [...stdout.matchAll(/^end=(\S+)$/gm)].map((m) => m[1]!)
}

/** Pending handoff names in a machine's handoff directory. */
export function pendingNames(m: Machine): string[] {
  let names: string[] = []
  try {
    names = readdirSync(m.handoffs)
  } catch {
    return []
  }
  return names.filter((n) => /^\d{4}-\d{2}-\d{2}_\d{6}_.*\.md$/.test(n) && !/_done(-\d+)?\.md$/.test(n))
}

/** Paths in the remote's branch (empty before its first commit). */
export function remoteTree(remote: string): string[] {
  const r = spawnSync('git', ['--git-dir', remote, 'ls-tree', '-r', '--name-only', 'main'], {encoding: 'utf8'})
  return r.status === 0 ? r.stdout.split('\n').filter(Boolean) : []
}

/** Resumes on `m` until nothing synced or local stays pending (at most `rounds`); returns what was delivered. */
export async function drain(m: Machine, rounds = 4): Promise<string[]> {
  const got: string[] = []
  for (let i = 0; i < rounds; i++) {
    const r = await ok(m, ['handoff', 'resume'])
    got.push(...delivered(r.stdout))
    if (pendingNames(m).length === 0) break
  }
  return got
}

/** Runs SessionStart as Claude Code does for an interactive session (it claims at start) on `m`. */
export function sessionStart(m: Machine): {code: number | null; out: Record<string, unknown>} {
  const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'dist', 'hooks', 'session-start.cjs')], {
    env: {...m.env, CLAUDE_CODE_ENTRYPOINT: 'cli'},
    input: JSON.stringify({session_id: 's1', source: 'startup', cwd: m.project}),
    cwd: m.project,
    encoding: 'utf8'
  })
  return {code: r.status, out: JSON.parse(r.stdout) as Record<string, unknown>}
}
