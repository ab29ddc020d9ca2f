/**
 * What git knows about the remote beyond its tip (design.md §14): the URL it
 * uses for `origin`, and which notes were ever in the remote branch's history
 * (how a note whose claims were pruned is known to have been consumed).
 */
import {git, gitError} from './git.ts'
import {REMOTE_REF, type Budget} from './repo.ts'

/**
 * The URL git will fetch from and push to for `origin`: its own config (which
 * `git remote set-url` changes), with `url.<base>.insteadOf` applied; `''` when
 * there is none.
 */
export async function originUrl(dir: string, budget: Budget): Promise<string> {
  const r = await git(dir, ['remote', 'get-url', 'origin'], {timeoutMs: budget.left()})
  return r.code === 0 ? r.stdout.trim() : ''
}

/**
 * Which of `names` (top-level note names) were ever in the remote branch's
 * history: one `git log` over the fetched history, limited to those paths.
 * Baton only ever fast-forwards the remote, so a note that was on it stays in
 * its history, after retention deleted it and after its claims were pruned.
 */
export async function everOnRemote(dir: string, names: readonly string[], budget: Budget): Promise<Set<string>> {
  const found = new Set<string>()
  for (let i = 0; i < names.length; i += 200) {
    const chunk = names.slice(i, i + 200)
    const args = ['log', '--format=', '--name-only', '--no-renames', REMOTE_REF, '--', ...chunk]
    const r = await git(dir, args, {timeoutMs: budget.left(), env: {GIT_LITERAL_PATHSPECS: '1'}})
    if (r.code !== 0) {
      if (/unknown revision|bad revision|ambiguous argument/i.test(r.stderr)) return found // an empty remote
      throw gitError('reading the remote history', r)
    }
    for (const line of r.stdout.split('\n')) if (chunk.includes(line)) found.add(line)
  }
  return found
}
