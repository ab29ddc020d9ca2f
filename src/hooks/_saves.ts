/**
 * The session's own handoffs on disk (real ones and autosaves), for Stop, PreCompact and
 * SessionEnd alike (design.md §7). Cheap checks first: a save adds a file,
 * which moves the directory's mtime, so a directory unchanged since well
 * before `since` costs one `stat`; otherwise names are checked, so thousands
 * of older handoffs cost one `readdir`, not a `lstat` and a read each.
 */
import {readdirSync, statSync} from 'node:fs'
import type {OwnSave} from '../core/autosave.ts'
import {stampedSince} from '../core/names.ts'
import {handoffDir} from '../io/paths.ts'
import type {HookContext} from './_context.ts'

/** How far the directory's clock (a network file system's) may lag this one's. */
const SKEW_MS = 5 * 60_000

/** The handoffs the context's session saved at or after `since` (ms), pending or consumed, autosaves flagged. */
export async function ownSavesSince(context: HookContext, since: number): Promise<OwnSave[]> {
  if (context.session === '') return []
  const dir = handoffDir(context.env)
  let names: string[]
  try {
    if (statSync(dir).mtimeMs < since - SKEW_MS) return []
    names = readdirSync(dir)
    if (stampedSince(names, since).length === 0) return []
  } catch {
    return [] // no folder, or none that can be listed: nothing saved there
  }
  const {savesSince} = await import('../io/handoff/saves.ts')
  return savesSince(dir, context.session, since, names)
}
