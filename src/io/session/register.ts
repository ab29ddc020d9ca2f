/**
 * Registering a session: the facts a registry entry records, gathered once at
 * SessionStart (two git processes) so later heartbeats need no git at all.
 */
import {hostname} from 'node:os'
import {gitState, projectRoot} from '../toolkit/git.ts'
import {procStart, selfHolder, sessionPid} from '../toolkit/proc.ts'
import {readRecord, scanRegistry, removeRecord, writeRecord} from './registry.ts'
import type {SessionRecord} from '../../core/registry.ts'

/** Options of {@link registerSession}. */
export interface RegisterOptions {
  /** the registry folder (see `sessionsDir`) */
  dir: string
  session: string
  cwd: string
  now: Date
  /** the session's process; default: the hook's Claude Code process (see `sessionPid`) */
  pid?: number
}

/**
 * Writes (or rewrites) `session`'s entry. A session that registers again
 * (resume, compact) keeps its start time and claims. Entries of earlier
 * sessions of the same process on this host are removed: one Claude Code
 * process runs one session at a time (after `/clear` it starts a new one).
 *
 * @returns the entry written
 */
export function registerSession(options: Readonly<RegisterOptions>): SessionRecord {
  const {dir, session, cwd, now} = options
  const pid = options.pid ?? sessionPid()
  const host = hostname()
  const git = gitState(cwd)
  const previous = readRecord(dir, session)
  const entry: SessionRecord = {
    // The session's process runs in this hook's pid namespace and boot.
    baton: 1,
    session,
    pid,
    pidStart: procStart(pid),
    pidNs: selfHolder().ns,
    boot: selfHolder().boot,
    host,
    project: git.inRepo ? projectRoot(cwd) : git.root,
    worktree: git.root,
    branch: git.branch,
    started: previous?.started ?? now.toISOString(),
    heartbeat: now.toISOString(),
    claims: previous?.claims ?? []
  }
  writeRecord(dir, entry)
  for (const found of scanRegistry(dir, now).records) {
    const e = found.entry
    if (
      e.session !== session &&
      e.host === host &&
      e.pid === pid &&
      e.pidStart === entry.pidStart &&
      e.pidNs === entry.pidNs
    )
      removeRecord(dir, e.session)
  }
  return entry
}
