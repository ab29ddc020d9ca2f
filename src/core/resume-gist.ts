/**
 * A note's gist (design.md §6): its Session summary, What still needs work and
 * Key decisions, the sections every reader is guaranteed to see, each cut to
 * its fair share of the room. The sections are found by the caller's parser
 * (`sectionSpans`, loaded only when some note does not fit whole). Pure.
 */
import type {SectionKey, SectionSpan} from './sections.ts'

/** The sections of a gist, in the order shown. */
export const GIST_KEYS: readonly SectionKey[] = ['summary', 'todo', 'decisions']

/** Each piece of a gist keeps at least this many characters (all of it when shorter). */
export const GIST_FLOOR = 320

/** How much of a note is parsed for its sections: this much, then (a section still missing) {@link GIST_SCAN_MAX}. */
export const GIST_SCAN = 16_000
export const GIST_SCAN_MAX = 64_000

/** Finds a body's sections (`sectionSpans`). */
export type SpansOf = (body: string) => SectionSpan[]

/** One section of a gist: its heading (empty for a note without the sections) and its text. */
export interface GistPiece {
  title: string
  text: string
}

/**
 * The section spans of `body`'s beginning, parsed with `spansOf`: its first
 * {@link GIST_SCAN} characters, or up to {@link GIST_SCAN_MAX} when a gist
 * section is not among them. Every parse is bounded in size.
 */
export function gistSpans(body: string, spansOf: SpansOf): SectionSpan[] {
  const found = (spans: readonly SectionSpan[]): boolean => GIST_KEYS.every((k) => spans.some((s) => s.key === k))
  const spans = spansOf(body.slice(0, GIST_SCAN))
  return body.length <= GIST_SCAN || found(spans) ? spans : spansOf(body.slice(0, GIST_SCAN_MAX))
}

/**
 * The pieces of `body`'s gist: the first section of each {@link GIST_KEYS}
 * key among `spans`, or, when it has none of them, the body's beginning.
 */
export function gistPieces(body: string, spans: readonly SectionSpan[]): GistPiece[] {
  const pieces = GIST_KEYS.flatMap((key) => {
    const span = spans.find((s) => s.key === key)
    return span ? [{title: span.title, text: body.slice(span.textStart, span.end).trim()}] : []
  })
  return pieces.length > 0 ? pieces : [{title: '', text: body.slice(0, GIST_SCAN_MAX).trim()}]
}

/** Marks where a piece was cut. */
const CUT = ' […]'

/** `text` cut to at most `n` characters (a cut one ends with {@link CUT}, at a space when one is near). */
export function cutText(text: string, n: number): string {
  if (text.length <= n) return text
  let end = Math.max(0, n - CUT.length)
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end-- // never half a surrogate pair
  const space = Math.max(text.lastIndexOf(' ', end), text.lastIndexOf('\n', end))
  if (space > end * 0.8) end = space
  return text.slice(0, end).trimEnd() + CUT
}

/** The gist's text with each piece cut to `level` characters. */
export function gistText(pieces: readonly GistPiece[], level: number): string {
  return pieces.map((p) => (p.title ? `## ${p.title}\n` : '') + cutText(p.text, level)).join('\n\n')
}

/** The longest piece: at this level nothing is cut. */
export const longestPiece = (pieces: readonly GistPiece[]): number => Math.max(0, ...pieces.map((p) => p.text.length))

/**
 * The highest level, from `floor` up to the longest piece, at which `cost`
 * (non-decreasing in the level) stays within `room`: every piece gets the same
 * share, and a piece shorter than it gives the rest to the others.
 */
export function fairLevel(floor: number, top: number, room: number, cost: (level: number) => number): number {
  let low = floor
  let high = Math.max(floor, top)
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (cost(mid) <= room) low = mid
    else high = mid - 1
  }
  return low
}
