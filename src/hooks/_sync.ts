/**
 * After Stop and SessionEnd: when the handoff directory is synced, start a
 * detached `baton sync --background` and return at once (design.md §14). The
 * hook never waits for it, and nothing it does can fail the hook.
 */
import {existsSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {handoffDir} from '../io/paths.ts'
import {namesIn} from '../io/toolkit/folder.ts'
import {stampedSince} from '../core/names.ts'
import type {HookContext} from './_context.ts'

/** After a Stop, a sync runs again only this long after the last fetch, unless a note was written since. */
const STOP_INTERVAL_MS = 60_000

/** Whether a Stop has something to sync: the last fetch is old, or a note was written since it. */
function due(dir: string, now: number): boolean {
  let last: number
  try {
    last = statSync(join(dir, '.git', 'FETCH_HEAD')).mtimeMs
  } catch {
    return true
  }
  return now - last > STOP_INTERVAL_MS || stampedSince(namesIn(dir), last).length > 0
}

/**
 * Starts a background sync when sync is on; returns whether it started one.
 * After Stop (every turn) only when {@link due}; after SessionEnd always.
 */
export function kickSync(context: HookContext, always = false): boolean {
  try {
    const dir = handoffDir(context.env)
    if (!existsSync(join(dir, '.git', 'baton-sync.json'))) return false
    if (!always && !due(dir, context.now().getTime())) return false
    const cli = fileURLToPath(new URL('../cli.js', import.meta.url))
    const {spawn} = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process')
    const child = spawn(process.execPath, [cli, 'sync', '--background', '--dir', dir], {
      detached: true,
      stdio: 'ignore',
      env: {...context.env}
    })
    child.on('error', () => {})
    child.unref()
    return true
  } catch {
    return false // a sync that could not start now runs after the next Stop
  }
}
