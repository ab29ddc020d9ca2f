/**
 * What git knows about the remote beyond its tip (design.md §14): the URL it
 * uses for `origin`, and what the history says of some notes (who added them,
 * who ever claimed them: how a note gone from the tip is decided).
 */
import {CLAIMS, claimsByNote} from '../../../core/sync.ts'
import {git, gitError} from './git.ts'
import {BRANCH, REMOTE_REF, type Budget} from './repo.ts'

/**
 * The URL git will fetch from and push to for `origin`: its own config (which
 * `git remote set-url` changes), with `url.<base>.insteadOf` applied; `''` when
 * there is none.
 */
export async function originUrl(dir: string, budget: Budget): Promise<string> {
  const r = await git(dir, ['remote', 'get-url', 'origin'], {timeoutMs: budget.left()})
  return r.code === 0 ? r.stdout.trim() : ''
}

/** What the histories of the remote and of this machine's branch say about some notes. */
export interface History {
  /** the blobs each note was ever added as */
  adds: Map<string, string[]>
  /** the machines that ever claimed each note */
  claims: Map<string, string[]>
}

/**
 * What the history of the remote branch and of the local `main` (a push this
 * machine made that has not landed, or a tree since rewritten) say about
 * `names` (top-level note names): which blobs each note was added as, and who
 * ever claimed it. One `git log` per 100 names, limited to those paths. Baton
 * only ever fast-forwards the remote, so a note that was on it stays in its
 * history after retention deleted it and after its claims were pruned,
 * whatever any machine's clock says.
 */
export async function history(dir: string, names: readonly string[], budget: Budget): Promise<History> {
  const found: History = {adds: new Map(), claims: new Map()}
  const claimPaths: string[] = []
  for (let i = 0; i < names.length; i += 100) {
    const chunk = names.slice(i, i + 100)
    const paths = [...chunk, ...chunk.map((n) => `${CLAIMS}/${n}`)]
    const refs = ['--ignore-missing', REMOTE_REF, `refs/heads/${BRANCH}`]
    const args = ['log', '--format=', '--raw', '--no-abbrev', '--no-renames', ...refs, '--', ...paths]
    const r = await git(dir, args, {timeoutMs: budget.left(), env: {GIT_LITERAL_PATHSPECS: '1'}})
    if (r.code !== 0) {
      if (/unknown revision|bad revision|ambiguous argument|does not have any commits/i.test(r.stderr)) continue
      throw gitError('reading the remote history', r)
    }
    for (const line of r.stdout.split('\n')) {
      const raw = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) A\t(.+)$/.exec(line)
      if (!raw) continue
      const [, sha = '', path = ''] = raw
      if (path.startsWith(`${CLAIMS}/`)) claimPaths.push(path)
      else if (chunk.includes(path)) found.adds.set(path, [...(found.adds.get(path) ?? []), sha])
    }
  }
  found.claims = claimsByNote(claimPaths)
  return found
}
