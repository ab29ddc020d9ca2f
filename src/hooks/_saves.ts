/**
 * The session's own real handoffs on disk, for Stop, PreCompact and
 * SessionEnd alike (design.md §7). Names are checked first: a directory of
 * thousands of older handoffs costs one `readdir`, not a `lstat` each.
 */
import {readdirSync} from 'node:fs'
import type {OwnSave} from '../core/autosave.ts'
import {stampedSince} from '../core/names.ts'
import {handoffDir} from '../io/paths.ts'
import type {HookContext} from './_context.ts'

/** The real handoffs the context's session saved at or after `since` (ms), pending or consumed. */
export async function ownSavesSince(context: HookContext, since: number): Promise<OwnSave[]> {
  if (context.session === '') return []
  const dir = handoffDir(context.env)
  try {
    if (stampedSince(readdirSync(dir), since).length === 0) return []
  } catch {
    // A missing directory lists as empty, and any other error is explained by the full look below.
  }
  const {savesSince} = await import('../io/handoff/saves.ts')
  return savesSince(dir, context.session, since)
}
