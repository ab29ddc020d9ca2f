/**
 * `baton handoff search` (design.md §15): full-text search over the pending
 * and consumed handoffs, the history index of deleted ones and, when the
 * handoff directory is a git working copy, the notes its history deleted.
 * Newest first; reads only, never claims or changes a note.
 */
import {belongsTo} from '../../core/handoff-meta.ts'
import type {HandoffMeta} from '../../core/frontmatter.ts'
import type {HistoryEntry} from '../../core/history.ts'
import {noteKey, parentsOf} from '../../core/lineage.ts'
import {formatStamp, parseName, stampTime} from '../../core/names.ts'
import {matchRanges, queryWords, type Query, type Range} from '../../core/search/query.ts'
import {labelOffsets} from '../../core/search/snippets.ts'
import {hitOf, noteTime, onlySpans, passes, type Filters, type Hit, type HitSource} from '../../core/search/hit.ts'
import type {SectionSpan} from '../../core/sections.ts'
import {historyFile} from '../paths.ts'
import {parseDoc} from './docs.ts'
import {handoffText} from './store.ts'
import {handoffNames, Scanner, type NamedFile} from './search-scan.ts'
import {startGrep, type GrepRun} from './search-grep.ts'
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
  /** most hits returned (default 10) */
  limit?: number
  /** narrow a large folder with the system grep first (default true; false: Node reads every file) */
  grep?: boolean
}

/** What a search found. */
export interface SearchResult {
  hits: Hit[]
  /** true when more notes match than `limit` */
  more: boolean
  /** notes skipped (unreadable, too big), each naming the file */
  warnings: string[]
}

/** A note that may match, before its text is read; `stamp` (its name's) orders them. */
type Candidate =
  | {kind: 'file'; file: NamedFile; stamp: string}
  | {kind: 'history'; entry: HistoryEntry; stamp: string}
  | {kind: 'git'; note: DeletedNote; stamp: string}

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

/** From this many files on, the system grep narrows them (below, starting it costs more than it saves). */
const GREP_FROM = 500

/** Files Node reads between two looks at grep's progress. */
const TICK = 64

/** The newest files Node reads while grep runs (only 64 when none of them matches); then it waits for grep's list. */
const AHEAD = 256

/** remark reads no more of a note than this to find its sections. */
const SECTION_SCAN = 256 * 1024

const stampMs = (stamp: string): number => (stamp === '' ? 0 : stampTime(stamp))
const stampOf = (name: string): string => parseName(name)?.stamp ?? ''
/** Newest first; the name breaks ties. */
const newestFirst = (a: Candidate, b: Candidate): number =>
  a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : nameOf(a) < nameOf(b) ? 1 : -1
const nameOf = (c: Candidate): string =>
  c.kind === 'file' ? c.file.name : c.kind === 'git' ? c.note.name : c.entry.file

/**
 * Every note that may match, newest first, each note once: a file on disk
 * (`live`) wins over the git history, which wins over the history index. Names are
 * compared as text (stamps sort by time), so thousands of them cost no date math.
 */
function candidates(options: SearchOptions, live: readonly NamedFile[], warnings: string[]): Candidate[] {
  const seen = new Set(live.map((f) => f.pendingName))
  const out: Candidate[] = live.map((file) => ({kind: 'file', file, stamp: file.stamp}))
  if (isSyncRepo(options.dir)) {
    for (const note of deletedNotes(options.dir)) {
      const key = noteKey(note.name)
      if (key === undefined || seen.has(key)) continue
      seen.add(key)
      out.push({kind: 'git', note, stamp: stampOf(note.name)})
    }
  }
  const history = readHistory(options.home, (w) => warnings.push(w))
  for (let i = history.length - 1; i >= 0; i--) {
    // Newest line first: a note recorded twice (a clean killed between the line and the delete) counts once.
    const entry = history[i]!
    const key = noteKey(entry.file)
    if (key === undefined || seen.has(key)) continue
    seen.add(key)
    out.push({kind: 'history', entry, stamp: stampOf(entry.file)})
  }
  // A stamp is cut to the second (and local time): with --since, keep what may qualify; `created` decides once read.
  const min = options.since === undefined ? '' : formatStamp(new Date(options.since - 86_400_000))
  return (min === '' ? out : out.filter((c) => c.stamp >= min)).sort(newestFirst)
}

/**
 * A candidate's text and facts; `undefined` when it cannot be read. `scanned`
 * is a file's text when the scanner already read it.
 */
async function read(
  c: Candidate,
  scanned: string | undefined,
  home: string,
  warnings: string[]
): Promise<Read | undefined> {
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
  let raw: string | undefined
  if (c.kind === 'git') raw = c.note.raw
  else raw = scanned ?? handoffText(c.file.path, (w) => warnings.push(w))
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

/**
 * The text to match: the whole note, or only its sections named `section`
 * (undefined: it has none). With `section`, also every section's span (for the labels).
 */
async function searchable(
  r: Read,
  section: string | undefined
): Promise<{text: string; spans?: SectionSpan[]} | undefined> {
  if (section === undefined) return {text: r.text}
  const {sectionFor, sectionSpans} = await sectionsLib()
  const key = sectionFor(section)
  // A history line keeps the summary's first line, not the sections' text.
  if (r.flat) return key === 'summary' ? {text: r.text.split('\n')[0]!, spans: []} : undefined
  const wanted = (title: string): boolean =>
    key !== undefined ? sectionFor(title) === key : title.trim().toLowerCase() === section.trim().toLowerCase()
  const spans = sectionSpans(r.text.slice(0, SECTION_SCAN))
  const chosen = spans.filter((s) => wanted(s.title)).map((s) => ({start: s.textStart, end: s.end}))
  return chosen.length === 0 ? undefined : {text: onlySpans(r.text, chosen), spans}
}

/**
 * The sections that label a hit's snippets, read with remark from as little
 * of the note as decides them: up to the line below the last label's line
 * (a setext underline), further to the next blank line when the part ends in
 * an open paragraph (more lines could still make it a heading). Should that
 * part hold no `##` heading while the rest may (a `#` or a `-` in it), the
 * section level could still change: then the whole note is read.
 */
async function labelSpans(text: string, ranges: readonly Range[]): Promise<SectionSpan[]> {
  const {sectionSpans, sectionSpansOfStart} = await sectionsLib()
  const scan = Math.min(text.length, SECTION_SCAN)
  const eol = text.indexOf('\n', Math.max(0, ...labelOffsets(text, ranges)))
  const below = eol === -1 ? -1 : text.indexOf('\n', eol + 1)
  let cut = below === -1 ? scan : Math.min(below + 1, scan)
  if (cut === scan) return sectionSpans(text.slice(0, scan))
  let start = sectionSpansOfStart(text.slice(0, cut))
  if (start.openParagraph) {
    const blank = /\n[ \t]*(?:\r?\n|$)/g // CommonMark's blank line: spaces and tabs only
    blank.lastIndex = cut - 1
    const m = blank.exec(text)
    cut = m ? Math.min(m.index + m[0].length, scan) : scan
    if (cut === scan) return sectionSpans(text.slice(0, scan))
    start = sectionSpansOfStart(text.slice(0, cut))
  }
  if (start.spans.some((s) => s.depth === 2)) return start.spans
  const rest = text.slice(cut, scan)
  return rest.includes('#') || rest.includes('-') ? sectionSpans(text.slice(0, scan)) : start.spans
}

/**
 * Searches; see {@link SearchOptions}. Never changes a file. On a large folder
 * the system grep starts first and runs beside Node, which reads the newest
 * files meanwhile; once grep has answered, only the files it names are read.
 */
export async function searchHandoffs(options: SearchOptions): Promise<SearchResult> {
  const warnings: string[] = []
  const live = handoffNames(options.dir)
  // The longest word narrows best.
  const word = queryWords(options.query).sort((a, b) => b.length - a.length)[0]
  const grep =
    live.length >= GREP_FROM && word !== undefined && options.grep !== false ? startGrep(options.dir, word) : undefined
  try {
    return await collect(options, candidates(options, live, warnings), grep, warnings)
  } finally {
    grep?.stop()
  }
}

/** The first `limit` candidates that match, in order; grep's list, once it has one, skips files without the word. */
async function collect(
  options: SearchOptions,
  list: readonly Candidate[],
  grep: GrepRun | undefined,
  warnings: string[]
): Promise<SearchResult> {
  const limit = options.limit ?? 10
  const project = options.project
  const filters: Filters = {
    belongs: project === undefined ? undefined : (meta) => belongsTo(meta, project),
    branch: options.branch,
    since: options.since
  }
  const hits: Hit[] = []
  const scanner = new Scanner(queryWords(options.query))
  // undefined while grep runs (or there is none to wait for: then never set); null: it failed, read every file.
  let narrowed: Set<string> | null | undefined
  let ahead = 0
  for (const c of list) {
    if (c.kind === 'file' && grep !== undefined) {
      if (narrowed === undefined && ++ahead % TICK === 0) {
        // With no hit among the newest files yet (a rare word), or past AHEAD of them, reading on from Node
        // would only repeat grep's work: wait for its list.
        if (ahead >= AHEAD || hits.length === 0) narrowed = await grep.done()
        else {
          await grep.tick()
          narrowed = grep.names()
        }
      }
      if (narrowed && !narrowed.has(c.file.name)) continue
    }
    // Synchronous first pass: most files of a large folder end here, without a string or a promise.
    const scan = c.kind === 'file' ? scanner.scan(c.file.path) : undefined
    if (scan?.kind === 'no' || scan?.kind === 'skip') continue
    const r = await read(c, scan?.kind === 'text' ? scan.text : undefined, options.home, warnings)
    if (!r || !passes(r.meta, noteTime(r.meta, stampMs(c.stamp)), filters)) continue
    // The whole note first (cheap); only a note that matches is parsed for its sections.
    if (!matchRanges(r.text, options.query)) continue
    const target = await searchable(r, options.section)
    const ranges = target === undefined ? undefined : matchRanges(target.text, options.query)
    if (!target || !ranges) continue
    if (hits.length === limit) return {hits, more: true, warnings}
    // A line's section depends only on the headings above it (and the level the note's headings set).
    const spans = target.spans ?? (r.flat ? [] : await labelSpans(r.text, ranges))
    hits.push(hitOf(r.meta, r.where, r.text, ranges, spans))
  }
  return {hits, more: false, warnings}
}
