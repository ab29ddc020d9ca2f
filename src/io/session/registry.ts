/**
 * The session registry on disk: `$CLAUDE_HOME/baton/sessions/<session>.json`
 * (never Claude Code's own `$CLAUDE_HOME/sessions/`). Entries are replaced
 * whole (temp file + rename), and a heartbeat only bumps the file's mtime, so
 * the hot hooks never read-modify-write. Claim changes go through
 * `src/io/session/file-claims.ts`.
 */
import {readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {tempPath} from '../toolkit/publish.ts'
import {parseTempName} from '../../core/names.ts'
import {hasCode} from '../../core/errors.ts'
import {lastSeen, parseRecord, staleReason, type SessionRecord} from '../../core/registry.ts'
import {batonDir} from '../paths.ts'
import {entryHolder, judge} from '../toolkit/proc.ts'
import {abandoned, type Verdict} from '../../core/liveness.ts'

type Env = Readonly<Record<string, string | undefined>>

/** The registry folder: `$CLAUDE_HOME/baton/sessions`. */
export function sessionsDir(env: Env = process.env): string {
  return join(batonDir(env), 'sessions')
}

/** A session id made safe as a file name. */
function safeSession(session: string): string {
  return session.replace(/[^A-Za-z0-9_-]/g, '')
}

/** The entry file of `session` in `dir`. */
export function recordFile(dir: string, session: string): string {
  return join(dir, `${safeSession(session) || 'unknown'}.json`)
}

/**
 * Replaces `entry`'s file atomically: a reader sees the old or the new entry,
 * never a part. No fsync: a registry entry is short-lived state, and a file
 * torn by a power cut parses as no entry and is pruned.
 */
export function writeRecord(dir: string, entry: Readonly<SessionRecord>): string {
  mkdirSync(dir, {recursive: true, mode: 0o700})
  const file = recordFile(dir, entry.session)
  const temp = tempPath(dir)
  let renamed = false
  try {
    writeFileSync(temp, `${JSON.stringify(entry, null, 2)}\n`, {mode: 0o600})
    renameSync(temp, file)
    renamed = true
  } finally {
    // Only a temp file left by a failure (rmSync's first call loads Node's rimraf: ~0.5 ms per SessionStart).
    if (!renamed) rmSync(temp, {force: true})
  }
  return file
}

/** Reads one session's entry, or `undefined` when there is none. */
export function readRecord(dir: string, session: string): SessionRecord | undefined {
  try {
    return parseRecord(readFileSync(recordFile(dir, session), 'utf8'))
  } catch {
    return undefined
  }
}

/** The heartbeat: bumps the entry's mtime to `now`. Returns false when the entry is missing. */
export function touchRecord(dir: string, session: string, now: Date): boolean {
  try {
    utimesSync(recordFile(dir, session), now, now)
    return true
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return false
    throw error
  }
}

/** Removes a session's entry (and with it its claims). */
export function removeRecord(dir: string, session: string): void {
  rmSync(recordFile(dir, session), {force: true})
}

/** One entry as found on disk, judged. */
export interface FoundRecord {
  entry: SessionRecord
  file: string
  /** last heartbeat, ms since the epoch */
  lastSeenMs: number
  /** the file's mtime when read */
  mtimeMs: number
  /** why it is stale, or `undefined` when live */
  stale: string | undefined
}

/** Everything in the registry: judged entries, and files that are not entries (`junk`). */
export interface RegistryScan {
  records: FoundRecord[]
  /** unreadable or foreign `*.json` files and temp litter older than the stale limit */
  junk: string[]
}

/**
 * Reads and judges every entry in `dir`. A missing folder is empty.
 *
 * @param [options.judge] whether an entry's process runs (default: `judge` from proc.ts; tests may replace it)
 */
export function scanRegistry(
  dir: string,
  now: Date,
  options: {judge?: (entry: Readonly<SessionRecord>) => Verdict} = {}
): RegistryScan {
  const judgeEntry = options.judge ?? ((entry: Readonly<SessionRecord>) => judge(entryHolder(entry)))
  const records: FoundRecord[] = []
  const junk: string[] = []
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch (error) {
    if (hasCode(error, 'ENOENT', 'ENOTDIR')) return {records, junk}
    throw error
  }
  for (const name of names) {
    const file = join(dir, name)
    let raw: string
    let mtimeMs: number
    try {
      mtimeMs = statSync(file).mtimeMs
      raw = name.endsWith('.json') ? readFileSync(file, 'utf8') : ''
    } catch {
      continue // removed meanwhile
    }
    const entry = name.endsWith('.json') ? parseRecord(raw) : undefined
    if (!entry) {
      // A temp file or torn entry nobody finished: never one whose writer still runs.
      // An older Baton's temp name (`<session>.json.tmp.…`) is judged by its age alone.
      const writer = parseTempName(name)
      if (abandoned(writer ? judge(writer) : 'unknown', now.getTime() - mtimeMs, 60_000)) junk.push(file)
      continue
    }
    const seen = lastSeen(entry, mtimeMs)
    records.push({
      entry,
      file,
      lastSeenMs: seen,
      mtimeMs,
      stale: staleReason(entry, {now, lastSeenMs: seen, judge: judgeEntry})
    })
  }
  records.sort((a, b) => (a.entry.started < b.entry.started ? -1 : a.entry.started > b.entry.started ? 1 : 0))
  return {records, junk}
}

/**
 * Removes stale entries and junk found by {@link scanRegistry}; returns the
 * files removed. An entry whose heartbeat moved since the scan is kept.
 */
export function pruneRegistry(scan: Readonly<RegistryScan>): string[] {
  const removed: string[] = []
  const stale = scan.records.filter((e) => e.stale !== undefined)
  for (const file of [...stale.map((e) => e.file), ...scan.junk]) {
    try {
      const seen = stale.find((e) => e.file === file)
      if (seen && statSync(file).mtimeMs !== seen.mtimeMs) continue // it came back to life
      rmSync(file)
      removed.push(file)
    } catch {
      // gone already
    }
  }
  return removed
}
