/**
 * How git reaches `origin` (design.md §14). Over ssh or https the server side
 * runs on the server; for a remote on a path (or `file://`) git runs it here,
 * inside the remote repository and under that repository's config, which is
 * as untrusted as the notes in it. So before each fetch or push to a path
 * remote its own config is vetted (only plain data keys, see
 * core/remote-config.ts) and the server side is run as {@link serverCommand},
 * with the keys that run programs pinned.
 */
import {existsSync, statSync} from 'node:fs'
import {homedir} from 'node:os'
import {join, resolve} from 'node:path'
import {BatonError} from '../../../core/errors.ts'
import {parseScopedConfig, unvettedKeys} from '../../../core/remote-config.ts'
import {isLocalRemote} from '../../../core/sync.ts'
import {git, gitError, serverCommand} from './git.ts'

/** A time budget (repo.ts's `Budget`). */
interface Left {
  left(): number
}

/** Which way the pack goes. */
export type Direction = 'fetch' | 'push'

/** What a fetch or push adds to its git call. */
export interface Transport {
  args: string[]
  env: Record<string, string>
}

const urls = new Map<string, {fetch: string[]; push: string[]}>()
/**
 * The URLs git uses for `origin` in that direction, `insteadOf` applied (a
 * push goes to every push URL): one `git remote -v`, read once per process.
 */
async function originUrls(dir: string, direction: Direction, budget: Left): Promise<string[]> {
  let found = urls.get(dir)
  if (found === undefined) {
    const r = await git(dir, ['remote', '-v'], {timeoutMs: budget.left()})
    if (r.code !== 0) throw gitError('reading the remote URL', r)
    found = {fetch: [], push: []}
    for (const line of r.stdout.split('\n')) {
      const m = /^origin\t(.*) \((fetch|push)\)$/.exec(line)
      if (m) found[m[2] as Direction].push(m[1] as string)
    }
    urls.set(dir, found)
  }
  return found[direction]
}

let sshCommand: string | undefined
/**
 * The user's `core.sshCommand` (read once per process), handed to git.ts,
 * which appends batch mode and a connect timeout.
 */
async function sshEnv(dir: string, budget: Left): Promise<Record<string, string>> {
  if (process.env.GIT_SSH_COMMAND) return {}
  if (sshCommand === undefined) {
    const r = await git(dir, ['config', '--get', 'core.sshCommand'], {timeoutMs: budget.left()})
    sshCommand = r.code === 0 ? r.stdout.trim() : ''
  }
  return sshCommand ? {GIT_SSH_COMMAND: sshCommand} : {}
}

/**
 * The extra arguments and environment of a fetch or push to `origin`. For a
 * path remote: its config vetted first, then the pinned server command.
 *
 * @throws BatonError `EREMOTE` for a path remote whose config holds a key Baton does not let stand
 */
export async function transport(dir: string, direction: Direction, budget: Left): Promise<Transport> {
  const all = await originUrls(dir, direction, budget)
  const local = all.filter(isLocalRemote)
  if (local.length === 0) return {args: [], env: await sshEnv(dir, budget)}
  if (local.length < all.length)
    throw new BatonError('EREMOTE', `origin mixes a path with a network URL (${all.join(', ')})`, {
      hint: `give origin one URL: git -C ${dir} remote set-url origin <url> (and drop any pushurl)`
    })
  for (const url of local) await vet(dir, url, budget)
  const pack = direction === 'fetch' ? 'upload' : 'receive'
  return {args: [`--${pack}-pack=${serverCommand(pack)}`], env: {}}
}

/**
 * Where upload-pack and receive-pack will find the repository `url` names,
 * as git's `enter_repo` looks (`<p>/.git`, `<p>`, `<p>.git/.git`, `<p>.git`),
 * relative to `dir` (git's working directory); `undefined` when none is there
 * (the transport then fails on its own).
 */
function repositoryAt(dir: string, url: string): string | undefined {
  let path = url.replace(/^file:\/\//i, '')
  if (path !== url)
    try {
      path = decodeURIComponent(path)
    } catch {
      // not percent-encoded: as written
    }
  if (/^~[^/]/.test(path))
    throw new BatonError('EREMOTE', `Baton cannot vet the remote ${url} (another user's home)`, {
      hint: 'give the remote as an absolute path'
    })
  path = resolve(dir, path.replace(/^~(?=\/|$)/, process.env.HOME ?? homedir()))
  for (const candidate of [join(path, '.git'), path, `${path}.git/.git`, `${path}.git`]) {
    try {
      const st = statSync(candidate)
      if (st.isFile() || (st.isDirectory() && existsSync(join(candidate, 'HEAD')))) return candidate
    } catch {
      // not there: the next form
    }
  }
  return undefined
}

/**
 * Refuses a path remote whose own config (with what it includes) holds any
 * key that is not plain data: such a key could run a program here when git
 * serves the fetch or push.
 *
 * @throws BatonError `EREMOTE`
 */
async function vet(dir: string, url: string, budget: Left): Promise<void> {
  const repo = repositoryAt(dir, url)
  if (repo === undefined) return
  const r = await git(dir, ['--git-dir', repo, 'config', '--list', '-z', '--show-scope'], {
    gitDir: false,
    timeoutMs: budget.left()
  })
  if (r.code !== 0) throw gitError(`reading the config of the remote ${url}`, r)
  const keys = unvettedKeys(parseScopedConfig(r.stdout))
  if (keys.length === 0) return
  throw new BatonError(
    'EREMOTE',
    `the remote ${url} is a path, so git would serve it here under its own config, ` +
      `and that config sets ${keys.join(', ')}, which Baton does not let stand (such keys can run programs)`,
    {
      hint:
        `if you did not set ${keys.length === 1 ? 'it' : 'them'}, someone else may have: look at ${repo}/config ` +
        `and remove ${keys.length === 1 ? 'it' : 'them'} (git --git-dir=${repo} config --unset <key>), ` +
        'or sync over ssh instead'
    }
  )
}
