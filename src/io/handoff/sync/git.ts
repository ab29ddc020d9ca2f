/**
 * The system `git`, run safely for sync (design.md §14): hooks, `ext::`,
 * fsmonitor, gc and signing off; the caller's `GIT_DIR`/`GIT_WORK_TREE`/
 * `GIT_INDEX_FILE` dropped; no prompt; ssh in batch mode with a connect
 * timeout; and a deadline after which the whole process group is killed.
 */
import {spawn} from 'node:child_process'
import {join} from 'node:path'
import {BatonError} from '../../../core/errors.ts'

/**
 * Flags on every call: nothing the repository or the remote holds can run code
 * here (git-history.ts reads a synced folder's history with the same).
 */
export const SAFE_GIT = [
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'protocol.ext.allow=never',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'gc.auto=0',
  '-c',
  'maintenance.auto=false',
  '-c',
  'fetch.recurseSubmodules=false',
  '-c',
  'submodule.recurse=false',
  '-c',
  'commit.gpgSign=false',
  '-c',
  'transfer.fsckObjects=true',
  '-c',
  'core.autocrlf=false',
  '-c',
  'log.showSignature=false',
  '-c',
  'diff.external=',
  '-c',
  'core.pager=cat',
  '-c',
  'push.gpgSign=false' // a signed push would have a path remote's receive-pack run its gpg.program
]

/**
 * fsck's checks of tree entry names (`.git`, `..`, a full path…) and of
 * `.gitmodules`/`.gitattributes` blobs. They guard a check-out, which Baton
 * never does (it reads trees with ls-tree, and ignores any path not its own);
 * kept as errors, one commit on the remote holding such a path (`.git/config`)
 * would fail every fetch for good, since the remote's history is never
 * rewritten. The other checks (object format, commit headers) stay errors.
 */
const CHECKOUT_GUARDS = [
  'hasDot',
  'hasDotdot',
  'hasDotgit',
  'fullPathname',
  'emptyName',
  'badFilemode',
  'zeroPaddedFilemode',
  'duplicateEntries',
  'treeNotSorted',
  'gitmodulesBlob',
  'gitmodulesLarge',
  'gitmodulesMissing',
  'gitmodulesName',
  'gitmodulesParse',
  'gitmodulesPath',
  'gitmodulesSymlink',
  'gitmodulesUpdate',
  'gitmodulesUrl',
  'gitattributesBlob',
  'gitattributesLarge',
  'gitattributesLineLength',
  'gitattributesMissing',
  'gitattributesSymlink'
]

/** Flags that let a fetch (or a path remote's receive-pack) take a tree that only a check-out would mind. */
export function checkoutGuardsOff(side: 'fetch' | 'receive'): string[] {
  return CHECKOUT_GUARDS.flatMap((id) => ['-c', `${side}.fsck.${id}=ignore`])
}

/**
 * What git runs as the server side of a remote on a path (`--upload-pack`,
 * `--receive-pack`): git itself, in the remote repository and under its
 * config, with every key known to run a program there pinned on its command
 * line (command-line config wins over the repository's, and reaches the
 * server's children: pack-objects, index-pack, gc). On top of {@link SAFE_GIT}:
 * no alternate-refs command (`true` lists nothing), no gc after a push, no
 * check-out into a non-bare remote (`updateInstead` would run its filters).
 * The remote's own config is also vetted before each transport (transport.ts).
 */
export function serverCommand(pack: 'upload' | 'receive'): string {
  const words = [
    'git',
    ...SAFE_GIT,
    '-c',
    'core.alternateRefsCommand=true',
    '-c',
    'receive.autogc=false',
    '-c',
    'receive.denyCurrentBranch=refuse',
    ...(pack === 'receive' ? checkoutGuardsOff('receive') : []),
    `${pack}-pack`
  ]
  // git hands the command to the shell: every word must be one word there
  if (words.some((w) => !/^[\w./=:-]+$/.test(w))) throw new Error(`unquotable server command: ${words.join(' ')}`)
  return words.join(' ')
}

/** What one git call returned. */
export interface GitRun {
  code: number
  stdout: string
  stderr: string
  /** stdout as bytes (blobs need not be UTF-8) */
  bytes: Buffer
  /** killed at the deadline */
  timedOut: boolean
}

/** Options of {@link git}. */
export interface GitOptions {
  /** kill the process group after this many ms (default 60000) */
  timeoutMs?: number
  input?: string | Buffer
  /** extra environment (e.g. GIT_INDEX_FILE) */
  env?: Record<string, string>
  /** pass `--git-dir=<dir>/.git` (default true; false for `git init`) */
  gitDir?: boolean
}

function gitEnv(extra: Record<string, string> | undefined, timeoutMs: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {...process.env}
  for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_CONFIG_PARAMETERS'])
    delete env[key]
  const connect = Math.max(1, Math.min(10, Math.ceil(timeoutMs / 1000)))
  env.GIT_TERMINAL_PROMPT = '0'
  env.GIT_ASKPASS = env.GIT_ASKPASS ?? ''
  env.SSH_ASKPASS = ''
  env.LC_ALL = 'C'
  // ssh never prompts and gives up connecting in time. The user's own ssh command (the
  // environment's, else core.sshCommand, handed in as `ssh`) is kept, the options appended.
  const ssh = env.GIT_SSH_COMMAND ?? extra?.GIT_SSH_COMMAND ?? 'ssh'
  env.GIT_SSH_COMMAND = `${ssh} -o BatchMode=yes -o ConnectTimeout=${connect}`
  const {GIT_SSH_COMMAND: _, ...rest} = extra ?? {}
  return {...env, ...rest}
}

/**
 * Runs `git <args>` for the repository at `dir` (its `.git`), never throwing
 * for a non-zero exit. A missing `git` binary is a `BatonError` `ENOGIT`.
 */
export function git(dir: string, args: readonly string[], options: GitOptions = {}): Promise<GitRun> {
  const timeoutMs = options.timeoutMs ?? 60_000
  return new Promise((done, fail) => {
    const child = spawn(
      'git',
      [...SAFE_GIT, ...(options.gitDir === false ? [] : [`--git-dir=${join(dir, '.git')}`]), ...args],
      {
        cwd: dir,
        env: gitEnv(options.env, timeoutMs),
        detached: true, // its own process group: the deadline kills ssh too
        stdio: ['pipe', 'pipe', 'pipe']
      }
    )
    const out: Buffer[] = []
    const err: Buffer[] = []
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }, timeoutMs)
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => err.push(d))
    child.stdin.on('error', () => {})
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      if (error.code === 'ENOENT') fail(noGit())
      else fail(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      const bytes = Buffer.concat(out)
      done({
        code: code ?? 1,
        stdout: bytes.toString('utf8'),
        bytes,
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut
      })
    })
    child.stdin.end(options.input ?? '')
  })
}

function noGit(): BatonError {
  return new BatonError('ENOGIT', 'sync needs git, and no `git` command was found on PATH', {
    hint: 'install git (https://git-scm.com) or put it on PATH, then run the command again'
  })
}

/** Runs git and returns stdout; a failure is a `BatonError` `EGIT` naming what failed and git's own words. */
export async function gitOk(dir: string, args: readonly string[], options: GitOptions = {}): Promise<string> {
  const r = await git(dir, args, options)
  if (r.code === 0) return r.stdout
  throw gitError(`git ${args[0]}`, r)
}

/** A clear error for a failed git call: the step, and git's first lines (or the timeout). */
export function gitError(step: string, r: GitRun): BatonError {
  const said = r.stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 3)
    .join('; ')
  const why = r.timedOut ? 'it did not finish within the time allowed' : said || `exit code ${r.code}`
  return new BatonError('EGIT', `${step} failed: ${why}`, {
    hint: 'check that the remote exists, is reachable and that you may push to it (`baton sync status`)'
  })
}
