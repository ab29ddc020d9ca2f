/**
 * Decisions about a handoff's front matter (design.md §3): which keys are
 * Baton's own and what they hold, and which project a handoff belongs to.
 * Pure: the facts (git state, host, clock) are handed in.
 */
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

/**
 * The one rule for "is this handoff for this project": it names the project at
 * `root`, or names none (a note for whichever project resumes first). Resume,
 * the SessionStart count and the status board all apply it. When both the
 * note and this checkout know their repository's remote (normalised, see
 * `normaliseRemote`), the remote decides: `~/src/app` on one machine and
 * `~/work/app` on another are the same project.
 */
export function belongsTo(meta: Readonly<HandoffMeta>, root: string, remote?: string): boolean {
  if (remote && typeof meta.remote === 'string' && meta.remote !== '') return normaliseRemote(meta.remote) === remote
  const project = handoffProject(meta)
  return project === undefined || project === root
}

/** The facts a new handoff records. */
export interface HandoffFacts {
  now: Date
  session?: string | undefined
  /** the git root, or the folder when not in a repository */
  project: string
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
}

/** Baton's own front matter for a new handoff, in the order it is written. */
export function handoffMeta(facts: Readonly<HandoffFacts>): HandoffMeta {
  return {
    baton: 1,
    created: facts.now.toISOString(),
    session: facts.session ?? '',
    project: facts.project,
    ...(facts.remote ? {remote: facts.remote} : {}),
    branch: facts.branch,
    commit: facts.commit,
    dirty: facts.dirty,
    host: facts.host,
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
