/** Counting pending handoffs without claiming them (no YAML library on this path). */
import {handoffText, listHandoffs} from '../io/handoff/store.ts'
import {gitState, projectRemote} from '../io/toolkit/git.ts'
import {parseDoc} from '../io/handoff/docs.ts'
import {belongsTo} from '../core/handoff-meta.ts'
import type {HookContext} from './_context.ts'

/**
 * Pending handoffs in `dir` that this project's resume would take (all of them
 * with `scope: "all"`), apart from those written by session `own` (its own autosave).
 */
export async function countPending(context: HookContext, dir: string, own = ''): Promise<number> {
  const {pending} = listHandoffs(dir, {pendingOnly: true})
  const all = context.config.scope === 'all'
  if ((all && own === '') || pending.length === 0) return pending.length
  const git = gitState(context.cwd)
  const root = git.root
  const remote = git.inRepo ? projectRemote(root) : undefined
  let n = 0
  for (const e of pending) {
    const raw = handoffText(e.path) // unreadable: undefined here; resume skips it with a warning
    if (raw === undefined) continue
    const {meta} = await parseDoc(raw)
    if ((all || belongsTo(meta, root, remote)) && (own === '' || meta.session !== own)) n++
  }
  return n
}
