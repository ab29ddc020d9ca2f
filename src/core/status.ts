/**
 * The `baton status` board as data: live sessions, pending and
 * recently consumed handoffs per project, and each project's `MEMORY.md`
 * against Claude Code's limits. Pure: the caller gathers the facts and passes
 * the clock in. The `--json` output is exactly {@link StatusReport}.
 */
import type {Claim, SessionRecord} from './registry.ts'
import type {MemoryCheck} from './memory/limits.ts'
import type {Sent} from './address.ts'

/** A consumed handoff counts as recent for this long (24 hours). */
export const RECENT_MS = 24 * 60 * 60 * 1000

/** One live session on the board: its registry record's facts, and how long ago it started and was last seen. */
export interface StatusSession extends Pick<
  SessionRecord,
  'session' | 'pid' | 'host' | 'project' | 'worktree' | 'branch' | 'started'
> {
  lastSeen: string
  /** ms since the session started */
  ageMs: number
  /** ms since its last heartbeat */
  idleMs: number
  claims: Claim[]
}

/** Handoffs of one project. */
export interface StatusProject {
  /** the project the handoffs recorded: their repository (`repo`), else their checkout path ("" when none) */
  project: string
  pending: number
  /** creation time of the oldest pending handoff, or null */
  oldest: string | null
  oldestAgeMs: number | null
  /** handoffs of this project consumed in the last 24 hours */
  consumed24h: number
}

/** One project's `MEMORY.md`, measured against Claude Code's limits (see `MemoryCheck`). */
export interface StatusMemory extends Pick<MemoryCheck, 'lines' | 'chars' | 'maxLines' | 'maxChars' | 'fits'> {
  /** the project path when known (a session or handoff named it), else null */
  project: string | null
  /** the folder name under `$CLAUDE_HOME/projects/` */
  folder: string
  file: string
}

/** The whole board; the `--json` schema (`baton: 1`). */
export interface StatusReport {
  baton: 1
  now: string
  sessions: StatusSession[]
  /** stale entries removed by this run, and why */
  pruned: {session: string; reason: string}[]
  handoffs: {
    dir: string
    projects: StatusProject[]
    consumed24h: {name: string; project: string; at: string; by: string}[]
  }
  memory: StatusMemory[]
  /** notes between people (design.md §14, "People"): only in a synced directory whose person is known */
  people?: StatusPeople
}

/** The board's notes between people. */
export interface StatusPeople {
  me: string
  /** notes from others waiting here for me */
  forMe: {name: string; from: string; project: string; created: string; ageMs: number | null}[]
  /** my notes to others not picked up yet (from any of my machines) */
  atOthers: {name: string; to: string; project: string; unpushed: boolean; ageMs: number | null}[]
}

/** A handoff as the board needs it. */
export interface HandoffFact {
  name: string
  project: string
  created: string
  consumed: boolean
  consumedAt?: string
  consumedBy?: string
  /** who wrote it (`from:`), when it says */
  from?: string
  /** false for a pending note addressed to someone else (see `addressedTo`): not counted as pending here */
  forMe?: boolean
}

/** Facts gathered from disk for {@link buildStatus}. */
export interface StatusFacts {
  now: Date
  sessions: {entry: SessionRecord; lastSeenMs: number}[]
  pruned: {session: string; reason: string}[]
  handoffDir: string
  handoffs: HandoffFact[]
  memory: Omit<StatusMemory, 'project'>[]
  /** encodes a project path as its folder name under `projects/` */
  encode: (project: string) => string
  /** who this machine's person is and the notes they wrote (a synced directory only) */
  people?: {me: string; sent: readonly Sent[]}
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Assembles the board from gathered facts. */
export function buildStatus(facts: Readonly<StatusFacts>): StatusReport {
  const now = facts.now.getTime()
  const sessions = facts.sessions.map(({entry: e, lastSeenMs}) => ({
    session: e.session,
    pid: e.pid,
    host: e.host,
    project: e.project,
    worktree: e.worktree,
    branch: e.branch,
    started: e.started,
    lastSeen: new Date(lastSeenMs).toISOString(),
    ageMs: Math.max(0, now - Date.parse(e.started)),
    idleMs: Math.max(0, now - lastSeenMs),
    claims: e.claims
  }))
  const projects = new Map<string, StatusProject>()
  const project = (p: string): StatusProject => {
    let row = projects.get(p)
    if (!row) projects.set(p, (row = {project: p, pending: 0, oldest: null, oldestAgeMs: null, consumed24h: 0}))
    return row
  }
  const recent: StatusReport['handoffs']['consumed24h'] = []
  for (const h of facts.handoffs) {
    if (!h.consumed && h.forMe === false) continue
    if (!h.consumed) {
      const row = project(h.project)
      row.pending++
      if (row.oldest === null || h.created < row.oldest) {
        row.oldest = h.created
        row.oldestAgeMs = Math.max(0, now - Date.parse(h.created))
      }
    } else if (h.consumedAt && now - Date.parse(h.consumedAt) <= RECENT_MS) {
      project(h.project).consumed24h++
      recent.push({name: h.name, project: h.project, at: h.consumedAt, by: h.consumedBy ?? ''})
    }
  }
  const known = new Map<string, string>()
  for (const p of [...sessions.map((s) => s.project), ...projects.keys()]) if (p) known.set(facts.encode(p), p)
  return {
    baton: 1,
    now: facts.now.toISOString(),
    sessions,
    pruned: facts.pruned,
    handoffs: {
      dir: facts.handoffDir,
      projects: [...projects.values()].sort((a, b) => byText(a.project, b.project)),
      consumed24h: recent.sort((a, b) => byText(a.at, b.at))
    },
    memory: facts.memory
      .map((m) => ({project: known.get(m.folder) ?? null, ...m}))
      .sort((a, b) => byText(a.folder, b.folder)),
    ...(facts.people ? {people: peopleOf(facts, facts.people)} : {})
  }
}

function peopleOf(facts: Readonly<StatusFacts>, {me, sent}: {me: string; sent: readonly Sent[]}): StatusPeople {
  const now = facts.now.getTime()
  const age = (iso: string | undefined): number | null => {
    const t = Date.parse(iso ?? '')
    return Number.isNaN(t) ? null : Math.max(0, now - t)
  }
  const forMe = facts.handoffs
    .filter((h) => !h.consumed && h.forMe !== false && h.from !== undefined && h.from !== me)
    .map((h) => ({name: h.name, from: h.from!, project: h.project, created: h.created, ageMs: age(h.created)}))
  const atOthers = sent
    .filter((s) => s.state !== 'delivered' && s.to !== me)
    .map((s) => ({
      name: s.note,
      to: s.to,
      project: s.project ?? '',
      unpushed: s.state === 'unpushed',
      ageMs: age(s.created)
    }))
  return {me, forMe, atOthers}
}

/** A duration for humans: `45s`, `12m`, `3h`, `2d`. */
export function formatAge(ms: number): string {
  const s = Math.floor(ms / 1000)
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m`
  if (s < 172_800)
    return `${Math.floor(s / 3600)}h${s < 36_000 && s % 3600 >= 60 ? `${Math.floor((s % 3600) / 60)}m` : ''}`
  return `${Math.floor(s / 86_400)}d`
}
