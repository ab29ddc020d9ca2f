/**
 * Decisions about a handoff's front matter (design.md §3): which keys are
 * Baton's own and what they hold, and which project a handoff belongs to.
 * Pure: the facts (git state, host, clock) are handed in.
 */
import {dirname} from 'node:path'
import type {HandoffMeta} from './frontmatter.ts'
import {parentsOf} from './lineage.ts'
import {normaliseRemote} from './sync.ts'
import type {ResumeItem} from './resume.ts'

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

/** The display fields of a handoff's front matter, for the resume output. */
export function itemFields(meta: Readonly<HandoffMeta>): Omit<ResumeItem, 'file' | 'body'> {
  return {
    created: str(meta.created),
    branch: str(meta.branch),
    commit: str(meta.commit),
    session: str(meta.session),
    auto: meta.auto === true,
    project: handoffProject(meta),
    parents: parentsOf(meta)
  }
}

/** The project a handoff is for: its `project` when that is a non-empty string, else `undefined` (any project's). */
export function handoffProject(meta: Readonly<HandoffMeta>): string | undefined {
  return typeof meta.project === 'string' && meta.project !== '' ? meta.project : undefined
}

/** Where this session stands, as the routing rule needs it (facts gathered by `io`). */
export interface Checkout {
  /** this checkout's root (the worktree's git top level), or the folder outside git */
  root: string
  /** its repository: the main worktree's root, as Claude Code keys auto memory (undefined outside git) */
  repo?: string | undefined
  /** the repository's `origin` URL, normalised, when it has one */
  remote?: string | undefined
  /** whether `path` is a live worktree of this repository: listed by git and present on disk */
  live?: ((path: string) => boolean) | undefined
  /** whether `path` exists on this machine */
  exists?: ((path: string) => boolean) | undefined
  /** whether `commit` is a commit this repository holds */
  knows?: ((commit: string) => boolean) | undefined
}

/**
 * Where a pending note goes from a checkout: `here` (this session takes it),
 * `worktree` (it waits for another live worktree of this repository: not
 * taken, but told), or `elsewhere` (another project's).
 */
export type Route = 'here' | 'worktree' | 'elsewhere'

/**
 * The one rule for routing a note (design.md §7.6); resume, the SessionStart
 * count and the status board all apply it. A note that names no project is
 * for whichever checkout resumes first. Otherwise it must be of this
 * repository: when both the note and this checkout know their remote
 * (normalised, see `normaliseRemote`), the remote decides (`~/src/app` on one
 * machine and `~/work/app` on another are one project); else its `repo`, or
 * for a note written before notes recorded it, its checkout path (see
 * {@link sameRepository}). A note of this repository is taken here unless it
 * was written in another worktree that is still live.
 */
export function routeOf(meta: Readonly<HandoffMeta>, here: Readonly<Checkout>): Route {
  const project = handoffProject(meta)
  if (project === undefined) return 'here'
  const remote = str(meta.remote)
  const same =
    here.remote && remote
      ? normaliseRemote(remote) === here.remote
      : project === here.root || sameRepository(meta, project, here)
  if (!same) return 'elsewhere'
  return project !== here.root && here.live?.(project) === true ? 'worktree' : 'here'
}

/**
 * Whether a note whose remote does not decide is of this checkout's
 * repository: by its `repo`; a note without one (written before Baton
 * recorded it) when its checkout is the repository's main root, one of its
 * live worktrees, a worktree folder Claude Code makes in it
 * (`<repo>/.claude/worktrees/NAME`), or a folder now gone beside the main
 * root whose commit this repository holds (a removed sibling worktree).
 */
function sameRepository(meta: Readonly<HandoffMeta>, project: string, here: Readonly<Checkout>): boolean {
  if (here.repo === undefined) return false
  const repo = str(meta.repo)
  if (repo !== undefined) return repo === here.repo
  if (project === here.repo || project.startsWith(`${here.repo}/.claude/worktrees/`)) return true
  if (here.live?.(project)) return true
  // Only a gone folder beside the main root (`git worktree add ../x`) costs a look-up of its commit.
  const commit = str(meta.commit)
  if (commit === undefined || dirname(project) !== dirname(here.repo)) return false
  return here.exists?.(project) === false && here.knows?.(commit) === true
}

/** {@link routeOf} for a checkout known by its root (and remote) alone: is the note taken there? */
export function belongsTo(meta: Readonly<HandoffMeta>, root: string, remote?: string): boolean {
  return routeOf(meta, {root, remote}) === 'here'
}

/** The facts a new handoff records. */
export interface HandoffFacts {
  now: Date
  session?: string | undefined
  /** the git root, or the folder when not in a repository */
  project: string
  /** the repository (its main worktree's root, see `Checkout.repo`), when in one */
  repo?: string | undefined
  /** the repository's `origin` URL, normalised, when it has one */
  remote?: string | undefined
  branch: string
  commit: string
  /** uncommitted files */
  dirty: number
  host: string
  /** a mechanical autosave */
  auto?: boolean | undefined
  /** credentials redacted before writing (recorded when above 0) */
  redacted?: number | undefined
  /** the handoffs the writing session received, by file name (recorded when any) */
  parents?: readonly string[] | undefined
  /** the writer's identity (design.md §14, "People"), when known */
  from?: string | undefined
  /** the addressee: a person's identity or `anyone` (recorded when known) */
  to?: string | undefined
}

/** Baton's own front matter for a new handoff, in the order it is written. */
export function handoffMeta(facts: Readonly<HandoffFacts>): HandoffMeta {
  return {
    baton: 1,
    created: facts.now.toISOString(),
    session: facts.session ?? '',
    project: facts.project,
    ...(facts.repo ? {repo: facts.repo} : {}),
    ...(facts.remote ? {remote: facts.remote} : {}),
    branch: facts.branch,
    commit: facts.commit,
    dirty: facts.dirty,
    host: facts.host,
    ...(facts.from ? {from: facts.from} : {}),
    ...(facts.to ? {to: facts.to} : {}),
    ...(facts.auto ? {auto: true} : {}),
    ...(facts.redacted ? {redacted: facts.redacted} : {}),
    ...(facts.parents?.length ? {parents: [...facts.parents]} : {})
  }
}

/**
 * The front matter of an imported legacy note: Baton's defaults, then the
 * note's own keys (kept as they are), then the import's marks.
 *
 * @param legacy the legacy file's path
 * @param mark the import's id mark, by which a recovering importer finds it
 */
export function importedMeta(own: Readonly<HandoffMeta>, created: Date, legacy: string, mark: string): HandoffMeta {
  return {baton: 1, created: created.toISOString(), session: '', ...own, legacy, legacyImport: mark}
}
