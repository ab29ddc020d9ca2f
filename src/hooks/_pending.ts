/** Counting pending handoffs without claiming them (no YAML library on this path). */
import {handoffText, listHandoffs} from '../io/handoff/store.ts'
import {gitState, projectRemote} from '../io/toolkit/git.ts'
import {parseDoc} from '../io/handoff/docs.ts'
import {belongsTo} from '../core/handoff-meta.ts'
import type {HookContext} from './_context.ts'

/** Pending handoffs in `dir` that this project's resume would take (all of them with `scope: "all"`). */
export async function countPending(context: HookContext, dir: string): Promise<number> {
  const {pending} = listHandoffs(dir, {pendingOnly: true})
  if (context.config.scope === 'all' || pending.length === 0) return pending.length
  const git = gitState(context.cwd)
  const root = git.root
  const remote = git.inRepo ? projectRemote(root) : undefined
  let n = 0
  for (const e of pending) {
    const raw = handoffText(e.path) // unreadable: undefined here; resume skips it with a warning
    if (raw !== undefined && belongsTo((await parseDoc(raw)).meta, root, remote)) n++
  }
  return n
}
