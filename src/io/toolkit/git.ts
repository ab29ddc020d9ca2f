/** Git facts for a handoff: root, branch, HEAD, dirty count, commits since. */
import {spawnSync} from './lazy.ts'
import {gitStateFast, originUrlFast, type GitState} from './git-fast.ts'
import {existsSync, readFileSync, realpathSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {normaliseRemote} from '../../core/sync.ts'
import type {Checkout} from '../../core/handoff-meta.ts'
import {namesIn} from './folder.ts'

export type {GitState}

function git(cwd: string, args: string[], timeout = 5000): string | undefined {
  const r = spawnSync('git', args, {cwd, encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'ignore']})
  return r.status === 0 ? r.stdout : undefined
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

/**
 * Number of uncommitted (modified, staged or untracked) files; 0 when git
 * fails or takes longer than `timeoutMs`.
 */
export function dirtyCount(root: string, timeoutMs = 5000): number {
  const out = git(root, ['status', '--porcelain', '--untracked-files=normal'], timeoutMs)
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

/**
 * The project root Claude Code keys auto memory by: for a linked worktree the
 * main repository's root (the folder holding the common `.git`), for any other
 * repository its top level, and `cwd` itself outside git.
 */
export function projectRoot(cwd: string): string {
  const fast = gitStateFast(cwd)
  if (fast) return fast.inRepo && fast.mainRoot ? fast.mainRoot : resolve(cwd)
  const r = spawnSync(
    'git',
    ['rev-parse', '--path-format=absolute', '--show-toplevel', '--git-dir', '--git-common-dir'],
    {
      cwd,
      encoding: 'utf8',
      timeout: 5000,
      stdio: ['ignore', 'pipe', 'ignore']
    }
  )
  if (r.status !== 0) return resolve(cwd)
  const [top = '', gitDir = '', common = ''] = r.stdout.trim().split('\n')
  if (top === '') return resolve(cwd)
  const worktree = gitDir !== common && resolve(dirname(gitDir)) === join(common, 'worktrees')
  if (!worktree) return top
  return basename(common) === '.git' ? dirname(common) : common
}

/**
 * The project's identity across machines: its `origin` URL, normalised
 * (design.md §8), or `undefined` when it has none. Read from `.git/config`
 * when the layout is ordinary, else from one `git` process.
 */
export function projectRemote(cwd: string): string | undefined {
  const fast = originUrlFast(cwd)
  const url = fast === null ? git(cwd, ['config', '--get', 'remote.origin.url'])?.trim() : fast
  return url ? normaliseRemote(url) : undefined
}

/**
 * The repository's live worktrees, main one included: the paths git lists
 * that still hold a checkout (their `.git`), real paths. Read from the common
 * git directory (`worktrees/NAME/gitdir`) when the layout is ordinary, else
 * from `git worktree list`.
 */
export function liveWorktrees(state: Readonly<GitState>): string[] {
  let listed: string[]
  const common = state.commonDir
  if (common !== undefined) {
    listed = basename(common) === '.git' ? [dirname(common)] : []
    for (const name of namesIn(join(common, 'worktrees'))) {
      let gitdir: string
      try {
        gitdir = readFileSync(join(common, 'worktrees', name, 'gitdir'), 'utf8').trim()
      } catch {
        continue
      }
      // Absolute, or (worktree.useRelativePaths) relative to the worktree's admin folder.
      if (gitdir !== '') listed.push(dirname(resolve(common, 'worktrees', name, gitdir)))
    }
  } else {
    const out = git(state.root, ['worktree', 'list', '--porcelain']) ?? ''
    listed = out.split('\n').flatMap((l) => (l.startsWith('worktree ') ? [l.slice('worktree '.length)] : []))
  }
  return listed.flatMap((path) => {
    try {
      return existsSync(join(path, '.git')) ? [realpathSync(path)] : []
    } catch {
      return []
    }
  })
}

/** Whether `commit` (a full sha) is a commit this repository holds: a loose object's file, else one `git` process. */
export function hasCommit(state: Readonly<GitState>, commit: string): boolean {
  if (!/^[0-9a-f]{40,64}$/.test(commit)) return false
  if (state.commonDir && existsSync(join(state.commonDir, 'objects', commit.slice(0, 2), commit.slice(2)))) return true
  return git(state.root, ['cat-file', '-e', `${commit}^{commit}`]) !== undefined
}

/**
 * This checkout as the routing rule sees it (see `routeOf`): the root, the
 * repository and its remote now; the live worktrees and the commits known
 * only when a note needs them, each read at most once.
 */
export function checkoutOf(state: Readonly<GitState>): Checkout {
  if (!state.inRepo) return {root: state.root}
  let live: Set<string> | undefined
  const known = new Map<string, boolean>()
  return {
    root: state.root,
    repo: state.mainRoot ?? projectRoot(state.root),
    remote: projectRemote(state.root),
    live: (path) => (live ??= new Set(liveWorktrees(state))).has(path),
    exists: (path) => existsSync(path),
    knows: (commit) => {
      if (!known.has(commit)) known.set(commit, hasCommit(state, commit))
      return known.get(commit)!
    }
  }
}
