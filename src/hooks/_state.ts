/** Small per-session state files in `$CLAUDE_HOME/baton/state/`, e.g. "reminded once". */
import {mkdirSync, readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import {batonDir} from '../io/paths.ts'

const file = (session: string): string => join(batonDir(), 'state', `${session || 'unknown'}.json`)

/** Reads a session's state; `{}` when there is none. */
export function readState(session: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file(session), 'utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** Merges `patch` into a session's state, atomically. */
export function writeState(session: string, patch: Record<string, unknown>): void {
  mkdirSync(join(batonDir(), 'state'), {recursive: true, mode: 0o700})
  writeFileAtomic.sync(file(session), JSON.stringify({...readState(session), ...patch}), {mode: 0o600})
}

/** Drops a session's state. */
export function dropState(session: string): void {
  rmSync(file(session), {force: true})
}
