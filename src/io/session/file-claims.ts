/**
 * Claims on shared files under `$CLAUDE_HOME`. A claim lives in the
 * holding session's registry entry, and only that session's hooks write the
 * entry, so no lock is needed (the guard runs before every edit of a shared
 * file and must stay fast). Exclusivity is optimistic: check that no other
 * live session claims the file, record the claim, then check again; whoever
 * then sees another claim backs off (removes its own) and retries after a
 * random pause. Two sessions can never both win: each checks after its own
 * write, so the later of the two checks sees the other's claim. In a dead
 * heat both may back off; the retries (and the user) sort that out.
 */
import {resolve} from 'node:path'
import {claimHolder, withClaim, withoutClaim, type SessionRecord} from '../../core/registry.ts'
import {canonicalFile} from '../toolkit/canonical.ts'
import {readRecord, scanRegistry, touchRecord, writeRecord} from './registry.ts'

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
  /** attempts after backing off in a dead heat (default 3) */
  attempts?: number
}

/** What a claim attempt found. */
export type ClaimResult =
  | {granted: true; path: string; entry: SessionRecord}
  | {granted: false; path: string; holder: SessionRecord | undefined}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
const liveOthers = (dir: string, now: Date): SessionRecord[] =>
  scanRegistry(dir, now)
    .records.filter((e) => e.stale === undefined)
    .map((e) => e.entry)

/**
 * Claims `path` for `session` unless another live session holds it.
 * `holder` is `undefined` only when every attempt ended in a dead heat.
 */
export async function claimFile(options: Readonly<ClaimOptions>): Promise<ClaimResult> {
  const {dir, session, now} = options
  const path = canonicalFile(resolve(options.path))
  let own = readRecord(dir, session)
  if (own?.claims.some((c) => c.path === path)) {
    touchRecord(dir, session, now) // an edit (or a repeated `baton claim`) is activity: it keeps the claim alive
    return {granted: true, path, entry: own}
  }
  for (let attempt = 1; ; attempt++) {
    const before = claimHolder(liveOthers(dir, now), session, path)
    if (before) return {granted: false, path, holder: before}
    if (!own) {
      const {registerSession} = await import('./register.ts')
      own = registerSession({dir, session, cwd: options.cwd, now, ...(options.pid ? {pid: options.pid} : {})})
    }
    // Read our entry again right before writing: keep what our other hooks wrote meanwhile.
    const mine = withClaim(readRecord(dir, session) ?? own, path, now)
    writeRecord(dir, mine)
    const rival = claimHolder(liveOthers(dir, now), session, path)
    if (!rival) return {granted: true, path, entry: mine}
    writeRecord(dir, withoutClaim(readRecord(dir, session) ?? mine, path))
    if (attempt >= (options.attempts ?? 3)) return {granted: false, path, holder: rival}
    await sleep(2 + Math.random() * 20)
  }
}

/**
 * Releases claims on `path`: `session`'s own, or with `force` every session's.
 *
 * @returns the sessions whose claim was released, and the live holders left
 */
export function releaseFile(options: Readonly<Omit<ClaimOptions, 'cwd' | 'attempts'> & {force?: boolean}>): {
  path: string
  released: string[]
  heldBy: SessionRecord[]
} {
  const path = canonicalFile(resolve(options.path))
  const released: string[] = []
  const heldBy: SessionRecord[] = []
  for (const {entry, stale} of scanRegistry(options.dir, options.now).records) {
    if (!entry.claims.some((c) => c.path === path)) continue
    if (entry.session === options.session || options.force) {
      writeRecord(options.dir, withoutClaim(entry, path))
      released.push(entry.session)
    } else if (stale === undefined) heldBy.push(entry)
  }
  return {path, released, heldBy}
}
