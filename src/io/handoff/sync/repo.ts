/**
 * The handoff directory's git repository, through plumbing only (design.md
 * §14): fetch the tip, read trees, build a commit on a tip from a private
 * index, push it as a fast-forward, move `main`. No work tree is ever checked out.
 */
import {BatonError} from '../../../core/errors.ts'
import {parseLsTree, readTree, type SyncTree} from '../../../core/sync.ts'
import {checkoutGuardsOff, git, gitError, gitOk, type GitRun} from './git.ts'
import {transport} from './transport.ts'

/** The branch Baton syncs. */
export const BRANCH = 'main'
/** Where the last fetch left the remote branch. */
export const REMOTE_REF = `refs/remotes/origin/${BRANCH}`

/** A time budget shared by the git calls of one operation. */
export class Budget {
  private readonly deadline: number
  constructor(ms: number) {
    this.deadline = Date.now() + ms
  }
  /** ms left for the next call (at least 1; a spent budget fails that call at once). */
  left(): number {
    return Math.max(1, this.deadline - Date.now())
  }
}

async function fetchOrigin(dir: string, budget: Budget): Promise<void> {
  const {args, env} = await transport(dir, 'fetch', budget)
  const refspec = `+refs/heads/*:refs/remotes/origin/*`
  const fetch = [...checkoutGuardsOff('fetch'), 'fetch', ...args, '--no-tags', '--prune', '--quiet', 'origin', refspec]
  const r = await git(dir, fetch, {
    timeoutMs: budget.left(),
    env
  })
  if (r.code !== 0) throw gitError('fetching from the remote', r)
}

/** Fetches the remote branch; returns the tip (`''` for an empty remote). */
export async function fetchTip(dir: string, budget: Budget): Promise<string> {
  await fetchOrigin(dir, budget)
  return localTip(dir, REMOTE_REF, budget)
}

/**
 * Fetches, then reads the fetched tree. `tip` is the remote-tracking ref's
 * name (git resolves it; nothing else moves it while the sync lock is held),
 * or `''` for an empty remote.
 */
export async function fetchTree(dir: string, budget: Budget): Promise<{tip: string; tree: SyncTree}> {
  await fetchOrigin(dir, budget)
  const tree = await lastFetched(dir, budget)
  return {tip: tree.empty ? '' : REMOTE_REF, tree}
}

/** The commit `ref` names, or `''`. */
export async function localTip(dir: string, ref: string, budget: Budget): Promise<string> {
  const r = await git(dir, ['rev-parse', '-q', '--verify', `${ref}^{commit}`], {timeoutMs: budget.left()})
  return r.code === 0 ? r.stdout.trim() : ''
}

/** The tree of `commit` as Baton reads it (an empty tree for `''`). */
export async function treeAt(dir: string, commit: string, budget: Budget): Promise<SyncTree> {
  if (commit === '') return readTree([])
  const out = await gitOk(dir, ['ls-tree', '-r', '-z', '-l', '--full-tree', commit], {timeoutMs: budget.left()})
  return readTree(parseLsTree(out))
}

/** The tree the last fetch saw (empty before the first one, or for an empty remote). */
export function lastFetched(dir: string, budget: Budget): Promise<SyncTree> {
  return refTree(dir, REMOTE_REF, budget)
}

/** The tree of the local `main`: what this machine pushed or is pushing (empty before the first sync). */
export function headTree(dir: string, budget: Budget): Promise<SyncTree> {
  return refTree(dir, `refs/heads/${BRANCH}`, budget)
}

async function refTree(dir: string, ref: string, budget: Budget): Promise<SyncTree> {
  const r = await git(dir, ['ls-tree', '-r', '-z', '-l', '--full-tree', ref], {timeoutMs: budget.left()})
  if (r.code === 0) return readTree(parseLsTree(r.stdout))
  if (/not a valid object name|not a tree object/i.test(r.stderr)) return {...readTree([]), empty: true}
  throw gitError(`reading the tree of ${ref}`, r)
}

/** Names at the top level of the local `main` (the synced notes); empty before the first sync. */
export async function headNames(dir: string, budget: Budget): Promise<Set<string>> {
  const r = await git(dir, ['ls-tree', '-z', '--name-only', `refs/heads/${BRANCH}`], {timeoutMs: budget.left()})
  if (r.code !== 0) return new Set()
  return new Set(r.stdout.split('\0').filter((n) => n !== ''))
}

/** A blob's bytes. */
export async function blob(dir: string, sha: string, budget: Budget): Promise<Buffer> {
  const r = await git(dir, ['cat-file', 'blob', sha], {timeoutMs: budget.left()})
  if (r.code !== 0) throw gitError('reading a blob', r)
  return r.bytes
}

/** What a commit changes: files added (path → bytes), files kept as blobs already here (path → sha), paths removed. */
export interface Changes {
  add: Map<string, Buffer | string>
  keep?: Map<string, string>
  remove: string[]
}

/**
 * Builds a commit on `parent` (`''`: a root commit) with `changes`, in one
 * `git fast-import` (no index, no work tree, no filters; under a hundred
 * objects it writes loose objects, not a pack). Paths are Baton's own names
 * (handoff names, machine ids), which need no quoting.
 */
export async function commitOn(
  dir: string,
  parent: string,
  changes: Changes,
  who: {machine: string; message: string},
  budget: Budget
): Promise<string> {
  const data = (bytes: Buffer): Buffer[] => [Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n')]
  const message = Buffer.from(who.message)
  const when = `${Math.floor(Date.now() / 1000)} +0000`
  const parts: Buffer[] = [
    Buffer.from(`reset ${SCRATCH}\ncommit ${SCRATCH}\nmark :1\ncommitter baton <${who.machine}@baton> ${when}\n`),
    ...data(message),
    Buffer.from(parent ? `from ${parent}\n` : '')
  ]
  for (const [path, content] of changes.add)
    parts.push(Buffer.from(`M 100644 inline ${path}\n`), ...data(Buffer.from(content)))
  for (const [path, sha] of changes.keep ?? []) parts.push(Buffer.from(`M 100644 ${sha} ${path}\n`))
  for (const path of changes.remove) parts.push(Buffer.from(`D ${path}\n`))
  parts.push(Buffer.from('\nget-mark :1\ndone\n'))
  const out = await gitOk(dir, ['fast-import', '--quiet', '--done', '--force'], {
    input: Buffer.concat(parts),
    timeoutMs: budget.left()
  })
  const sha = out.trim().split('\n').pop() ?? ''
  if (!/^[0-9a-f]{40,64}$/.test(sha))
    throw new BatonError('EGIT', `git fast-import gave no commit: ${out.slice(0, 200)}`)
  return sha
}

/** A ref of Baton's own that fast-import writes to (the commit matters, not the ref). */
const SCRATCH = 'refs/baton/scratch'

/** Pushes `commit` as the remote branch: `ok`, or `rejected` when the tip moved (another machine was first). */
export async function push(dir: string, commit: string, budget: Budget): Promise<'ok' | 'rejected'> {
  const {args, env} = await transport(dir, 'push', budget)
  const r: GitRun = await git(
    dir,
    ['push', ...args, '--porcelain', '--quiet', 'origin', `${commit}:refs/heads/${BRANCH}`],
    {timeoutMs: budget.left(), env}
  )
  if (r.code === 0) return 'ok' // git moves refs/remotes/origin/main itself (the fetch refspec matches)
  // The tip moved under us (another machine pushed first, or created the branch first): fetch and try again.
  const moved =
    /\[rejected\]|non-fast-forward|fetch first|cannot lock ref|reference already exists|failed to update ref/
  if (!r.timedOut && moved.test(r.stdout + r.stderr)) return 'rejected'
  throw gitError('pushing to the remote', r)
}

/** Points `ref` at `commit`. */
export async function setRef(dir: string, ref: string, commit: string, budget: Budget): Promise<void> {
  await gitOk(dir, ['update-ref', ref, commit], {timeoutMs: budget.left()})
}

/** Moves the local `main` to `commit` (what this machine believes is, or is about to be, on the remote). */
export function setHead(dir: string, commit: string, budget: Budget): Promise<void> {
  return setRef(dir, `refs/heads/${BRANCH}`, commit, budget)
}

/** Commits ahead and behind between local `main` and the fetched remote branch. */
export async function aheadBehind(dir: string, budget: Budget): Promise<{ahead: number; behind: number}> {
  const r = await git(dir, ['rev-list', '--left-right', '--count', `refs/heads/${BRANCH}...${REMOTE_REF}`], {
    timeoutMs: budget.left()
  })
  const [ahead = 0, behind = 0] = r.code === 0 ? r.stdout.trim().split(/\s+/).map(Number) : []
  return {ahead, behind}
}

/** Whether `error` is a git, lock or remote failure that means "try later" rather than a bug. */
export function transient(error: unknown): error is BatonError {
  return error instanceof BatonError && ['EGIT', 'ELOCKED', 'ENOGIT', 'ECOMPROMISED', 'EREMOTE'].includes(error.code)
}
