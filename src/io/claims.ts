/**
 * Claims on shared files under `$CLAUDE_HOME` (issue 5). A claim lives in the
 * holding session's registry entry. Every change to claims runs under one
 * registry-wide lock (`src/io/lock.ts`), so "check nobody else holds it, then
 * record mine" is atomic across sessions and no claim update is lost.
 */
import {join} from 'node:path'
import {claimHolder, withClaim, withoutClaim, type SessionEntry} from '../core/registry.ts'
import {canonicalPath, withLock} from './lock.ts'
import {scanRegistry, writeEntry} from './registry.ts'
import {registerSession} from './sessions.ts'

/** Options of {@link claimFile} and {@link releaseFile}. */
export interface ClaimOptions {
  /** the registry folder */
  dir: string
  session: string
  /** the file to claim, any form; it is made canonical */
  path: string
  now: Date
  /** where to register the session if it has no entry yet */
  cwd: string
  /** the session's process, when it must be registered and is not the caller's Claude Code (see `sessionPid`) */
  pid?: number
  /** how long to wait for the registry lock (default 5000 ms) */
  wait?: number
  env?: Readonly<Record<string, string | undefined>>
}

/** What a claim attempt found. */
export type ClaimResult =
  | {granted: true; path: string; entry: SessionEntry}
  | {granted: false; path: string; holder: SessionEntry}

const lockTarget = (dir: string): string => join(dir, '.claims')

/** Claims `path` for `session` unless another live session holds it. */
export async function claimFile(options: Readonly<ClaimOptions>): Promise<ClaimResult> {
  const path = canonicalPath(options.path)
  return withLock(lockTarget(options.dir), () => {
    const live = scanRegistry(options.dir, options.now).entries.filter((e) => e.stale === undefined)
    const holder = claimHolder(live.map((e) => e.entry), options.session, path)
    if (holder) return {granted: false, path, holder}
    const own = live.find((e) => e.entry.session === options.session)?.entry ??
      registerSession({dir: options.dir, session: options.session, cwd: options.cwd, now: options.now, ...(options.pid ? {pid: options.pid} : {})})
    if (own.claims.some((c) => c.path === path)) return {granted: true, path, entry: own}
    const entry = withClaim(own, path, options.now)
    writeEntry(options.dir, entry)
    return {granted: true, path, entry}
  }, {wait: options.wait ?? 5000, ...(options.env ? {env: options.env} : {})})
}

/**
 * Releases claims on `path`: `session`'s own, or with `force` every session's.
 *
 * @returns the sessions whose claim was released, and the live holders left
 */
export async function releaseFile(options: Readonly<Omit<ClaimOptions, 'cwd'> & {force?: boolean}>): Promise<{path: string; released: string[]; heldBy: SessionEntry[]}> {
  const path = canonicalPath(options.path)
  return withLock(lockTarget(options.dir), () => {
    const released: string[] = []
    const heldBy: SessionEntry[] = []
    for (const {entry, stale} of scanRegistry(options.dir, options.now).entries) {
      if (!entry.claims.some((c) => c.path === path)) continue
      if (entry.session === options.session || options.force) {
        writeEntry(options.dir, withoutClaim(entry, path))
        released.push(entry.session)
      } else if (stale === undefined) heldBy.push(entry)
    }
    return {path, released, heldBy}
  }, {wait: options.wait ?? 5000, ...(options.env ? {env: options.env} : {})})
}
