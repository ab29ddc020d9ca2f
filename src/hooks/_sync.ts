/**
 * After Stop and SessionEnd: when the handoff directory is synced, start a
 * detached `baton sync --background` and return at once (design.md §13). The
 * hook never waits for it, and nothing it does can fail the hook.
 */
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {handoffDir} from '../io/paths.ts'
import type {HookContext} from './_context.ts'

/** Starts a background sync when sync is on; returns whether it started one. */
export function kickSync(context: HookContext): boolean {
  try {
    const dir = handoffDir(context.env)
    if (!existsSync(join(dir, '.git', 'baton-sync.json'))) return false
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
