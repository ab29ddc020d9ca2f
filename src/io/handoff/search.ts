/**
 * `baton handoff search` (design.md §13): full-text search over the pending
 * and consumed handoffs, the history index of deleted ones and, when the
 * handoff directory is a git working copy, the notes its history deleted.
 * Newest first; reads only, never claims or changes a note.
 */
import {belongsTo} from '../../core/handoff-meta.ts'
import type {HandoffMeta} from '../../core/frontmatter.ts'
import type {HistoryEntry} from '../../core/history.ts'
import {noteKey, parentsOf} from '../../core/lineage.ts'
import {parseName, stampTime} from '../../core/names.ts'
import {matchRanges, type Query} from '../../core/search/query.ts'
import {hitOf, noteTime, onlySpans, passes, type Filters, type Hit, type HitSource} from '../../core/search/hit.ts'
import type {SectionSpan} from '../../core/sections.ts'
import {historyFile} from '../paths.ts'
import {parseDoc} from './docs.ts'
import {handoffText, listHandoffs, type HandoffFile} from './store.ts'
import {readHistory} from './history-read.ts'
import {deletedNotes, isSyncRepo, type DeletedNote} from './git-history.ts'

/** Options of {@link searchHandoffs}. */
export interface SearchOptions {
  dir: string
  /** `$CLAUDE_HOME`, for the history index */
  home: string
  query: Query
  /** the project root whose notes to search (see `belongsTo`); undefined: every project's */
  project?: string | undefined
  /** search only the section with this heading (aliases accepted, see `sectionFor`) */
  section?: string | undefined
  branch?: string | undefined
  /** ms since the epoch */
  since?: number | undefined
  /** most hits returned (default 20) */
  limit?: number
}

/** What a search found. */
export interface SearchResult {
  hits: Hit[]
  /** true when more notes match than `limit` */
  more: boolean
  /** notes skipped (unreadable, too big), each naming the file */
  warnings: string[]
}

/** A note that may match, before its text is read. */
type Candidate =
  | {kind: 'file'; file: HandoffFile; time: number}
  | {kind: 'history'; entry: HistoryEntry; time: number}
  | {kind: 'git'; note: DeletedNote; time: number}

/** A candidate read: its facts and the text to search. */
interface Read {
  meta: HandoffMeta
  text: string
  where: {name: string; file: string; source: HitSource; parents: string[]}
  /** a history line: its text is not markdown (no sections to find) */
  flat: boolean
}

type Sections = typeof import('../../core/sections.ts')
let sectionsModule: Sections | undefined
const sectionsLib = async (): Promise<Sections> => (sectionsModule ??= await import('../../core/sections.ts'))

/** remark reads no more of a note than this to find its sections. */
const SECTION_SCAN = 256 * 1024

const stampOf = (name: string): number => {
  const parsed = parseName(name)
  return parsed ? stampTime(parsed.stamp) : 0
}

/**
 * Every note that may match, newest first, each note once: a file on disk
 * wins over the git history, which wins over the history index.
 */
function candidates(options: SearchOptions, warnings: string[]): Candidate[] {
  const {pending, consumed} = listHandoffs(options.dir)
  const live = [...pending, ...consumed]
  const seen = new Set(live.map((f) => noteKey(f.name)))
  const out: Candidate[] = live.map((file) => ({kind: 'file', file, time: stampTime(file.stamp)}))
  if (isSyncRepo(options.dir)) {
    for (const note of deletedNotes(options.dir)) {
      const key = noteKey(note.name)
      if (key === undefined || seen.has(key)) continue
      seen.add(key)
      out.push({kind: 'git', note, time: stampOf(note.name)})
    }
  }
  const history = readHistory(options.home, (w) => warnings.push(w))
  for (let i = history.length - 1; i >= 0; i--) {
    // Newest line first: a note recorded twice (a clean killed between the line and the delete) counts once.
    const entry = history[i]!
    const key = noteKey(entry.file)
    if (key === undefined || seen.has(key)) continue
    seen.add(key)
    out.push({kind: 'history', entry, time: noteTime({created: entry.created}, stampOf(entry.file))})
  }
  // A stamp is cut to the second: with --since, keep what may qualify and check `created` once read.
  const since = options.since
  const kept = since === undefined ? out : out.filter((c) => c.time >= since - 1000)
  return kept.sort((a, b) => b.time - a.time)
}

async function read(c: Candidate, home: string, warnings: string[]): Promise<Read | undefined> {
  if (c.kind === 'history') {
    const e = c.entry
    const meta: HandoffMeta = {created: e.created, project: e.project, branch: e.branch, session: e.session}
    const text = [e.summary, ...e.sections].join('\n')
    return {
      meta,
      text,
      where: {name: e.file, file: historyFile(home), source: 'history', parents: e.parents},
      flat: true
    }
  }
  const raw = c.kind === 'file' ? handoffText(c.file.path, (w) => warnings.push(w)) : c.note.raw
  if (raw === undefined) return undefined
  const doc = await parseDoc(raw)
  const where =
    c.kind === 'file'
      ? {name: c.file.name, file: c.file.path, source: c.file.consumed ? 'consumed' : 'pending'}
      : {name: c.note.name, file: `${c.note.commit.slice(0, 12)}:${c.note.path}`, source: 'git'}
  return {
    meta: doc.meta,
    text: doc.body,
    where: {...(where as {name: string; file: string; source: HitSource}), parents: parentsOf(doc.meta)},
    flat: false
  }
}

/** The spans of the sections named `section` in `text`. */
async function chosenSpans(text: string, section: string): Promise<Pick<SectionSpan, 'start' | 'end'>[]> {
  const {sectionFor, sectionSpans} = await sectionsLib()
  const key = sectionFor(section)
  const wanted = (title: string): boolean =>
    key !== undefined ? sectionFor(title) === key : title.trim().toLowerCase() === section.trim().toLowerCase()
  return sectionSpans(text.slice(0, SECTION_SCAN))
    .filter((s) => wanted(s.title))
    .map((s) => ({start: s.textStart, end: s.end}))
}

/** The text to match: the whole note, or only its sections named `section` (undefined: none). */
async function searchable(r: Read, section: string | undefined): Promise<string | undefined> {
  if (section === undefined) return r.text
  if (r.flat) {
    // A history line keeps the summary's first line, not the sections' text.
    const {sectionFor} = await sectionsLib()
    return sectionFor(section) === 'summary' ? r.text.split('\n')[0] : undefined
  }
  const spans = await chosenSpans(r.text, section)
  return spans.length === 0 ? undefined : onlySpans(r.text, spans)
}

/** Searches; see {@link SearchOptions}. Never changes a file. */
export async function searchHandoffs(options: SearchOptions): Promise<SearchResult> {
  const warnings: string[] = []
  const limit = options.limit ?? 20
  const project = options.project
  const filters: Filters = {
    belongs: project === undefined ? undefined : (meta) => belongsTo(meta, project),
    branch: options.branch,
    since: options.since
  }
  const hits: Hit[] = []
  for (const c of candidates(options, warnings)) {
    const r = await read(c, options.home, warnings)
    if (!r || !passes(r.meta, noteTime(r.meta, c.time), filters)) continue
    const text = await searchable(r, options.section)
    const ranges = text === undefined ? undefined : matchRanges(text, options.query)
    if (!ranges) continue
    if (hits.length === limit) return {hits, more: true, warnings}
    const spans = r.flat ? [] : (await sectionsLib()).sectionSpans(r.text.slice(0, SECTION_SCAN))
    hits.push(hitOf(r.meta, r.where, r.text, ranges, spans))
  }
  return {hits, more: false, warnings}
}
