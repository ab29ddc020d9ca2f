/** Git facts for a handoff: root, branch, HEAD, dirty count, commits since. */
import {spawnSync} from './lazy.ts'
import {gitStateFast} from './git-fast.ts'

function git(cwd: string, args: string[]): string | undefined {
  const r = spawnSync('git', args, {cwd, encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore']})
  return r.status === 0 ? r.stdout : undefined
}

/** Where a session stands. Outside git, `root` is the cwd and the rest is empty. */
export interface GitState {
  /** the git root (worktree top level), or the cwd outside git */
  root: string
  inRepo: boolean
  /** the main repository's root for a linked worktree (set by the spawn-free reader only) */
  mainRoot?: string
  branch: string
  commit: string
}

/**
 * Root, branch and HEAD: read from `.git` when the layout is ordinary,
 * otherwise from one `git` process (two for an unborn branch).
 */
export function gitState(cwd: string): GitState {
  const fast = gitStateFast(cwd)
  if (fast) return fast
  return gitStateSlow(cwd)
}

/** {@link gitState} through the `git` binary. */
export function gitStateSlow(cwd: string): GitState {
  // --abbrev-ref applies to every later argument, so HEAD (the sha) comes first.
  const out = git(cwd, ['rev-parse', '--show-toplevel', 'HEAD', '--abbrev-ref', 'HEAD'])
  if (out !== undefined) {
    const [root = cwd, commit = '', branch = ''] = out.trim().split('\n')
    return {root, inRepo: true, branch: branch === 'HEAD' ? '' : branch, commit}
  }
  const root = git(cwd, ['rev-parse', '--show-toplevel'])?.trim()
  if (root === undefined) return {root: cwd, inRepo: false, branch: '', commit: ''}
  const branch = git(cwd, ['symbolic-ref', '--short', '-q', 'HEAD'])?.trim() ?? ''
  return {root, inRepo: true, branch, commit: ''}
}

/** Number of uncommitted (modified, staged or untracked) files. */
export function dirtyCount(root: string): number {
  const out = git(root, ['status', '--porcelain', '--untracked-files=normal'])
  return out === undefined ? 0 : out.split('\n').filter((l) => l.trim() !== '').length
}

/**
 * Commits between `from` and HEAD, or `undefined` when `from` is not a commit
 * of this repository.
 */
export function commitsSince(root: string, from: string): number | undefined {
  if (!/^[0-9a-f]{7,64}$/i.test(from)) return undefined
  const out = git(root, ['rev-list', '--count', `${from}..HEAD`])
  return out === undefined ? undefined : Number(out.trim())
}
