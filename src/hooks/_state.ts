/** Small per-session state files in `$CLAUDE_HOME/baton/state/`, e.g. "reminded once". */
import {mkdirSync, readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import {batonDir} from '../io/paths.ts'
import type {HookContext} from './_context.ts'

type Session = Pick<HookContext, 'session' | 'env'>

const file = (context: Session): string => join(batonDir(context.env), 'state', `${context.session || 'unknown'}.json`)

/** Reads the session's state; `{}` when there is none. */
export function readState(context: Session): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file(context), 'utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** Merges `patch` into the session's state, atomically. */
export function writeState(context: Session, patch: Record<string, unknown>): void {
  mkdirSync(join(batonDir(context.env), 'state'), {recursive: true, mode: 0o700})
  writeFileAtomic.sync(file(context), JSON.stringify({...readState(context), ...patch}), {mode: 0o600})
}

/** Drops the session's state. */
export function dropState(context: Session): void {
  rmSync(file(context), {force: true})
}
