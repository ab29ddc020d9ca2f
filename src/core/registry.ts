/**
 * The session registry's rules (design.md §2), pure: one entry per live
 * Claude Code session, stale when its process is gone (judged by pid, start
 * time, pid namespace and boot) or, when it cannot be judged, its heartbeat is
 * older than 30 minutes. Liveness and the clock are passed in.
 */
import type {Verdict} from './liveness.ts'

/** An entry whose heartbeat is older than this is stale (30 minutes). */
export const STALE_AFTER_MS = 30 * 60 * 1000

/** One claim a session holds on a shared file. */
export interface Claim {
  /** the file's canonical absolute path */
  path: string
  /** when the claim was taken (ISO time) */
  at: string
}

/** One registered session, as stored in `$CLAUDE_HOME/baton/sessions/<session>.json`. */
export interface SessionRecord {
  /** format version, always 1 */
  baton: 1
  session: string
  /** the Claude Code process (0 when unknown) */
  pid: number
  /** the pid's start time in clock ticks since boot (Linux), to tell a reused pid apart; 0 when unknown */
  pidStart: number
  /**
   * the pid namespace the pid belongs to (`/proc/self/ns/pid` inode, Linux);
   * '' when unknown or written by an older Baton
   */
  pidNs: string
  /** the boot the process runs in (shortened `/proc/sys/kernel/random/boot_id`, Linux); '' when unknown */
  boot: string
  host: string
  /** the project root (the main repository's root for a worktree, the cwd outside git) */
  project: string
  /** the worktree (git top level), or the cwd outside git */
  worktree: string
  branch: string
  /** when the session registered (ISO time) */
  started: string
  /** the last heartbeat written into the file (ISO time); the file's mtime may be newer */
  heartbeat: string
  claims: Claim[]
}

/** Parses an entry, or returns `undefined` for anything that is not one (a torn or foreign file). */
export function parseRecord(raw: string): SessionRecord | undefined {
  let v: unknown
  try {
    v = JSON.parse(raw)
  } catch {
    return undefined
  }
  if (typeof v !== 'object' || v === null) return undefined
  const e = v as Record<string, unknown>
  if (e.baton !== 1 || typeof e.session !== 'string' || e.session === '' || typeof e.started !== 'string')
    return undefined
  const str = (k: string): string => (typeof e[k] === 'string' ? (e[k] as string) : '')
  const num = (k: string): number => (typeof e[k] === 'number' && Number.isInteger(e[k]) ? (e[k] as number) : 0)
  const claims = Array.isArray(e.claims)
    ? (e.claims as unknown[]).flatMap((c) => {
        const o = c as Record<string, unknown> | null
        return o && typeof o.path === 'string' && typeof o.at === 'string' ? [{path: o.path, at: o.at}] : []
      })
    : []
  return {
    baton: 1,
    session: e.session,
    pid: num('pid'),
    pidStart: num('pidStart'),
    pidNs: str('pidNs'),
    boot: str('boot'),
    host: str('host'),
    project: str('project'),
    worktree: str('worktree'),
    branch: str('branch'),
    started: str('started'),
    heartbeat: str('heartbeat') || str('started'),
    claims
  }
}

/** Facts about the world needed to judge an entry. */
export interface LivenessProbe {
  now: Date
  /** the last heartbeat in ms since the epoch (the later of the file's mtime and `heartbeat`) */
  lastSeenMs: number
  /** whether the entry's process runs, seen from here (see `judgeHolder`) */
  judge: (entry: Readonly<SessionRecord>) => Verdict
  /** default {@link STALE_AFTER_MS} */
  staleAfterMs?: number
}

/**
 * Why an entry is stale, or `undefined` when it is live. A session whose
 * process can be judged is live exactly while that process runs, however long
 * it idles; only a session that cannot be judged (another host or pid
 * namespace, no start time) goes stale after `staleAfterMs` without a
 * heartbeat. A heartbeat in the future is never old.
 */
export function staleReason(entry: Readonly<SessionRecord>, probe: Readonly<LivenessProbe>): string | undefined {
  const verdict = probe.judge(entry)
  if (verdict === 'alive') return undefined
  if (verdict === 'dead') return `process ${entry.pid} is gone`
  const limit = probe.staleAfterMs ?? STALE_AFTER_MS
  const idle = probe.now.getTime() - probe.lastSeenMs
  if (idle > limit) return `no heartbeat for ${Math.round(idle / 60_000)} min`
  return undefined
}

/** The last heartbeat of an entry in ms: the later of its recorded heartbeat and the file's mtime. */
export function lastSeen(entry: Readonly<SessionRecord>, mtimeMs: number): number {
  const recorded = Date.parse(entry.heartbeat)
  return Math.max(Number.isNaN(recorded) ? 0 : recorded, mtimeMs)
}

/** The first live entry other than `session` that claims `path`, if any. */
export function claimHolder(
  entries: readonly Readonly<SessionRecord>[],
  session: string,
  path: string
): SessionRecord | undefined {
  return entries.find((e) => e.session !== session && e.claims.some((c) => c.path === path))
}

/** `entry` with a claim on `path` added (kept once; an existing claim keeps its time). */
export function withClaim(entry: Readonly<SessionRecord>, path: string, at: Date): SessionRecord {
  if (entry.claims.some((c) => c.path === path)) return {...entry, claims: [...entry.claims]}
  return {...entry, claims: [...entry.claims, {path, at: at.toISOString()}]}
}

/** `entry` without a claim on `path`. */
export function withoutClaim(entry: Readonly<SessionRecord>, path: string): SessionRecord {
  return {...entry, claims: entry.claims.filter((c) => c.path !== path)}
}

/** A short display name for a session id (its first 8 characters). */
export function shortSession(session: string): string {
  return session.length > 8 ? session.slice(0, 8) : session
}
