/**
 * The matching lines of a search hit, with a little context, each labelled
 * with the section it is in (design.md §15). Pure.
 */
import type {Range} from './query.ts'

/** One line shown for a hit. */
export interface SnippetLine {
  /** 1-based line number in the searched text */
  n: number
  /** the line, clipped and with control characters made visible */
  text: string
  /** true for a line holding a match, false for context */
  match: boolean
}

/** A run of consecutive lines shown for a hit. */
export interface Snippet {
  /** the heading of the section the first matching line is in, or `null` before any */
  section: string | null
  lines: SnippetLine[]
}

/** A section's heading and where its text lies (`[start, end)`). */
export interface SectionSpan {
  title: string
  start: number
  end: number
}

/** Longest line shown, in characters; a longer one is cut around its first match. */
export const LINE_WIDTH = 200

/** Control characters (escape sequences a terminal would run) shown as `\u{…}`. Tabs become spaces. */
export function visible(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
      return `\\u{${c.codePointAt(0)!.toString(16)}}`
    })
}

function clip(line: string, at: number): string {
  if (line.length <= LINE_WIDTH) return line
  const start = Math.max(0, Math.min(at - 40, line.length - LINE_WIDTH))
  return `${start > 0 ? '…' : ''}${line.slice(start, start + LINE_WIDTH)}${start + LINE_WIDTH < line.length ? '…' : ''}`
}

/** Offsets where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** Index of the line holding `offset` (binary search). */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The runs of lines {@link snippets} shows, and the line and column of each run's first match. */
function runsOf(
  text: string,
  ranges: readonly Range[],
  context: number,
  maxSnippets: number
): {starts: number[]; firstHit: Map<number, number>; runs: {from: number; to: number; first: number}[]} {
  const starts = lineStarts(text)
  const firstHit = new Map<number, number>() // line → column of its first match
  for (const [from, to] of ranges) {
    for (let l = lineOf(starts, from); l <= lineOf(starts, Math.max(from, to - 1)); l++)
      if (!firstHit.has(l)) firstHit.set(l, Math.max(0, from - starts[l]!))
  }
  const hits = [...firstHit.keys()].sort((a, b) => a - b)
  const runs: {from: number; to: number; first: number}[] = []
  for (const l of hits) {
    const from = Math.max(0, l - context)
    const to = Math.min(starts.length - 1, l + context)
    const last = runs.at(-1)
    if (last && from <= last.to + 1) last.to = Math.max(last.to, to)
    else runs.push({from, to, first: l})
  }
  return {starts, firstHit, runs: runs.slice(0, maxSnippets)}
}

/**
 * Where the snippets of `ranges` read their section labels: the offset of
 * each shown run's last match ({@link snippets} with the same options; a run
 * is split where a section starts between its matches). Only the headings
 * before these decide the labels.
 */
export function labelOffsets(
  text: string,
  ranges: readonly Range[],
  options: {context?: number; maxSnippets?: number} = {}
): number[] {
  const {starts, firstHit, runs} = runsOf(text, ranges, options.context ?? 1, options.maxSnippets ?? 3)
  return runs.map((r) => {
    const last = hitLines(firstHit, r).at(-1)!
    return starts[last]! + firstHit.get(last)!
  })
}

/** The matching lines of a run, in order. */
const hitLines = (firstHit: ReadonlyMap<number, number>, run: {from: number; to: number}): number[] =>
  [...firstHit.keys()].filter((l) => l >= run.from && l <= run.to).sort((a, b) => a - b)

/**
 * The lines of `text` that `ranges` touch, each with `context` lines around
 * it, merged into runs; at most `maxSnippets` runs.
 *
 * @param sections where each section lies in `text`, in order (to label each run)
 */
export function snippets(
  text: string,
  ranges: readonly Range[],
  options: {context?: number; maxSnippets?: number; sections?: readonly SectionSpan[]} = {}
): Snippet[] {
  const context = options.context ?? 1
  const maxSnippets = options.maxSnippets ?? 3
  const {starts, firstHit, runs} = runsOf(text, ranges, context, maxSnippets)
  const lineText = (l: number): string => {
    const end = l + 1 < starts.length ? starts[l + 1]! - 1 : text.length
    return text.slice(starts[l], end).replace(/\r$/, '')
  }
  const sectionAt = (line: number): SectionSpan | undefined =>
    options.sections?.findLast((s) => s.start <= starts[line]! + firstHit.get(line)!)
  const pieces = runs.flatMap((run) => splitRun(run, hitLines(firstHit, run), sectionAt, context, starts))
  return pieces.slice(0, maxSnippets).map(({from, to, first, section}) => {
    const lines: SnippetLine[] = []
    for (let l = from; l <= to; l++) {
      const raw = lineText(l)
      if (l !== first && !firstHit.has(l) && raw.trim() === '') continue // blank context lines say nothing
      lines.push({n: l + 1, text: visible(clip(raw, firstHit.get(l) ?? 0)), match: firstHit.has(l)})
    }
    return {section: section?.title ?? null, lines}
  })
}

/**
 * A run cut where a section starts between two of its matching lines, so that each piece holds
 * the matches of one section: a piece ends before the next one's heading line and the next
 * starts no earlier than it.
 */
function splitRun(
  run: {from: number; to: number},
  hits: readonly number[],
  sectionAt: (line: number) => SectionSpan | undefined,
  context: number,
  starts: readonly number[]
): {from: number; to: number; first: number; section: SectionSpan | undefined}[] {
  const groups: {lines: number[]; section: SectionSpan | undefined}[] = []
  for (const l of hits) {
    const section = sectionAt(l)
    const last = groups.at(-1)
    if (last && last.section === section) last.lines.push(l)
    else groups.push({lines: [l], section})
  }
  const headingLine = (s: SectionSpan | undefined): number => (s ? lineOf(starts, s.start) : 0)
  return groups.map((g, i) => {
    const first = g.lines[0]!
    const lastHit = g.lines.at(-1)!
    const next = groups[i + 1]
    const from =
      i === 0 ? run.from : Math.max(first - context, headingLine(g.section), groups[i - 1]!.lines.at(-1)! + 1)
    const to = next ? Math.min(lastHit + context, Math.max(lastHit, headingLine(next.section) - 1)) : run.to
    return {from: Math.min(from, first), to, first, section: g.section}
  })
}
