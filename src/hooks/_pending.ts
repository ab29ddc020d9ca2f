/** Counting pending handoffs without claiming them (no YAML library on this path). */
import {handoffText, listHandoffs} from '../io/handoff/store.ts'
import {checkoutOf, gitState} from '../io/toolkit/git.ts'
import {parseDoc} from '../io/handoff/docs.ts'
import {handoffProject, routeOf} from '../core/handoff-meta.ts'
import type {WaitingNote} from '../core/waiting.ts'
import type {HookContext} from './_context.ts'
import {addressedTo} from '../core/address.ts'
import {readerOf} from '../io/handoff/identity.ts'

/**
 * Pending handoffs in `dir` that this checkout's resume would take (all of
 * them with `scope: "all"`), apart from those written by session `own` (its
 * own autosave), and those waiting in other live worktrees of its repository
 * (see `routeOf`).
 */
export async function countPending(
  context: HookContext,
  dir: string,
  own = ''
): Promise<{here: number; waiting: Pick<WaitingNote, 'worktree' | 'branch'>[]}> {
  const {pending} = listHandoffs(dir, {pendingOnly: true})
  const all = context.config.scope === 'all'
  const reader = readerOf(dir, context.config)
  if ((all && own === '' && !reader.synced) || pending.length === 0) return {here: pending.length, waiting: []}
  const here = all ? undefined : checkoutOf(gitState(context.cwd))
  let n = 0
  const waiting: Pick<WaitingNote, 'worktree' | 'branch'>[] = []
  for (const e of pending) {
    const raw = handoffText(e.path) // unreadable: undefined here; resume skips it with a warning
    if (raw === undefined) continue
    const {meta} = await parseDoc(raw)
    if (own !== '' && meta.session === own) continue
    if (!addressedTo(meta, reader)) continue // another person's: not this reader's to take, nor to count
    const route = here === undefined ? 'here' : routeOf(meta, here)
    if (route === 'here') n++
    else if (route === 'worktree')
      waiting.push({worktree: handoffProject(meta) ?? '', branch: typeof meta.branch === 'string' ? meta.branch : ''})
  }
  return {here: n, waiting}
}
