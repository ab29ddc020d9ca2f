/**
 * The history index (design.md §15): one JSON line per consumed handoff that
 * retention deleted, in `$CLAUDE_HOME/baton/history.jsonl`, so that search and
 * lineage still know when and where it was. Pure.
 */
import type {HandoffMeta} from './frontmatter.ts'
import {parseName} from './names.ts'
import {parentsOf} from './lineage.ts'

/** One line of the history index. */
export interface HistoryEntry {
  /** format version, always 1 */
  v: 1
  /** the file name the note had when it was deleted (`…_done.md`) */
  file: string
  /** when it was written (ISO), or '' when its front matter did not say */
  created: string
  project: string
  branch: string
  /** the session that wrote it */
  session: string
  /** the notes its session had received (file names) */
  parents: string[]
  /** when and by which session it was consumed ('' when unknown) */
  consumedAt: string
  consumedBy: string
  /** the first line of its Session summary ('' when none) */
  summary: string
  /** the headings of its sections, in order */
  sections: string[]
  /** when retention deleted it (ISO) */
  deleted: string
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')

/**
 * The history line for a consumed note about to be deleted.
 *
 * @param summary the first line of its Session summary
 * @param sections its section headings
 */
export function historyEntry(
  file: string,
  meta: Readonly<HandoffMeta>,
  facts: {summary: string; sections: readonly string[]; deleted: Date}
): HistoryEntry {
  return {
    v: 1,
    file,
    created: str(meta.created),
    project: str(meta.project),
    branch: str(meta.branch),
    session: str(meta.session),
    parents: parentsOf(meta),
    consumedAt: str(meta.consumed?.at),
    consumedBy: str(meta.consumed?.by),
    summary: facts.summary.slice(0, 500),
    sections: facts.sections.map((s) => s.slice(0, 200)).slice(0, 50),
    deleted: facts.deleted.toISOString()
  }
}

/** The first non-empty line of a section's markdown, at most 500 characters. */
export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? ''
  ).slice(0, 500)
}

/**
 * Parses the index: one entry per well-formed line. A torn or foreign line
 * (a crash mid-append, a hand edit) is skipped, never fatal.
 */
export function parseHistory(text: string): HistoryEntry[] {
  const entries: HistoryEntry[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    let v: unknown
    try {
      v = JSON.parse(line)
    } catch {
      continue
    }
    if (typeof v !== 'object' || v === null) continue
    const e = v as Record<string, unknown>
    if (e.v !== 1 || typeof e.file !== 'string' || parseName(e.file) === undefined) continue
    const list = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : [])
    entries.push({
      v: 1,
      file: e.file,
      created: str(e.created),
      project: str(e.project),
      branch: str(e.branch),
      session: str(e.session),
      parents: list(e.parents).filter((p) => parseName(p) !== undefined),
      consumedAt: str(e.consumedAt),
      consumedBy: str(e.consumedBy),
      summary: str(e.summary),
      sections: list(e.sections),
      deleted: str(e.deleted)
    })
  }
  return entries
}
