/**
 * Plans `baton memory split` (design.md §5): each top-level section of
 * `MEMORY.md` (the highest heading level below the document title; a heading
 * that comes before any shallower one counts as top-level too) moves to a
 * topic file, and the index keeps the preamble plus one line per topic. Pure:
 * the caller says which file names exist and writes the result. Headings are
 * found with remark, so a `#` line in a code fence is not a heading and setext
 * headings are.
 */
import type {Heading, Nodes, RootContent} from 'mdast'
import {BatonError} from '../errors.ts'
import {parseBlocks} from './parse.ts'
import {checkMemory, MEMORY_LIMITS} from './limits.ts'
import {commentBlocks} from './comments.ts'
import {formatEntry, linkTarget, isEntryLine} from './entries.ts'
import {clip, plainText, summarize} from './summary.ts'
import {topicNamer, topicFrontmatter, withEol, type MemoryType} from './topic.ts'
import {groupEntries, type TopicFacts} from './group.ts'

/**
 * Sections of at most this many lines may stay in the index
 * (when their heading is an ATX heading of level 2 or deeper).
 */
export const INLINE_MAX_LINES = 3

/** Options of {@link planSplit}. */
export interface SplitOptions {
  /** @default 200 */
  maxLines?: number
  /** @default 25000 (characters, as Claude Code counts them) */
  maxChars?: number
  /** true for file names that already exist in the memory folder; a section for such a name is appended */
  exists?: (name: string) => boolean
  /** `metadata.type` of new topic files, default `project` */
  type?: MemoryType
  /**
   * What a topic file beside the index says of itself (its front matter), read
   * only when a flat list of links must be grouped; `undefined` when unknown
   */
  facts?: (name: string) => TopicFacts | undefined
}

/** Where one section goes. Lines are 1-based and inclusive. */
export interface PlannedTopic {
  title: string
  file: string
  from: number
  to: number
  summary: string
  /** the file exists: the section is appended, nothing is overwritten */
  append: boolean
  /** the section's original text */
  text: string
  /** the new file's content (frontmatter + section) when not appending */
  content: string
  /** the new index line, or `undefined` when the index already links to `file` */
  indexLine: string | undefined
  /** for a group of index entries: how many moved (their lines lie between `from` and `to`) */
  entries?: number
}

/** The plan: the new index and the topic files. */
export interface SplitPlan {
  /** false when there is nothing to move; `index` is then the text as it was */
  changed: boolean
  index: string
  topics: PlannedTopic[]
  /** lines kept in the index: the preamble and small sections */
  kept: {title: string; from: number; to: number}[]
  lines: number
  chars: number
}

interface Section {
  title: string
  from: number
  to: number
  text: string
  body: Nodes[]
  size: number
  /**
   * may stay in the index: an ATX heading of level 2 or deeper. A setext heading
   * could merge with the line above it, and a lone `#` could pass for the
   * document title on the next run, so those always move.
   */
  inlinable: boolean
}

const LINE = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g

/** Line count without trailing blank lines. */
const sizeOf = (lines: readonly string[]): number => {
  let n = lines.length
  while (n > 0 && lines[n - 1]!.trim() === '') n--
  return n
}

/** The numbers `from` to `to`. */
const lineNumbers = (from: number, to: number): number[] => Array.from({length: to - from + 1}, (_, i) => from + i)

/** Lines joined, each ending with a line break. */
const withEolAll = (lines: readonly string[]): string => lines.map((l) => (/[\r\n]$/.test(l) ? l : `${l}\n`)).join('')

/** Number of leading lines that form a `---` frontmatter block (0 when none). */
function frontmatterLines(lines: readonly string[]): number {
  if (lines[0]?.trimEnd() !== '---') return 0
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)$/.test(l.trimEnd()))
  return end === -1 ? 0 : end + 1
}

function findSections(lines: readonly string[]): {preambleEnd: number; sections: Section[]; nodes: RootContent[]} {
  const skip = frontmatterLines(lines)
  const source = lines.map((l, i) => (i < skip ? l.replace(/[^\r\n]+/, '') : l)).join('')
  const tree = parseBlocks(source)
  const nodes = tree.children
  const headings = nodes.filter((n: RootContent): n is Heading => n.type === 'heading' && n.position !== undefined)
  const ones = headings.filter((h) => h.depth === 1)
  const rest = ones.length === 1 && headings[0] === ones[0] ? headings.slice(1) : headings
  if (rest.length === 0) return {preambleEnd: lines.length, sections: [], nodes}
  // A section starts at each heading no deeper than every heading before it:
  // in a well-formed file, the highest level below the title.
  let level = 7
  const tops = rest.filter((h) => {
    if (h.depth > level) return false
    level = h.depth
    return true
  })
  const position = new Map<RootContent, number>(nodes.map((n, i) => [n, i]))
  const sections = tops.map((h, i): Section => {
    const from = h.position!.start.line
    const to = i + 1 < tops.length ? tops[i + 1]!.position!.start.line - 1 : lines.length
    const own = lines.slice(from - 1, to)
    const start = position.get(h)!
    const end = i + 1 < tops.length ? position.get(tops[i + 1]!)! : nodes.length
    const inlinable = h.depth > 1 && /^ {0,3}#/.test(lines[from - 1] ?? '')
    return {
      title: plainText(h).replace(/\s+/g, ' ').trim(),
      from,
      to,
      text: own.join(''),
      body: nodes.slice(start + 1, end),
      size: sizeOf(own),
      inlinable
    }
  })
  return {preambleEnd: sections[0]!.from - 1, sections, nodes}
}

/**
 * Plans the split of `text` (a whole `MEMORY.md`). Sections of more than
 * {@link INLINE_MAX_LINES} lines move out; if the index still does not fit,
 * small sections move too.
 *
 * @throws BatonError `ETOOBIG` when even the smallest index exceeds the limits (the caller changes nothing)
 */
export function planSplit(text: string, options: Readonly<SplitOptions> = {}): SplitPlan {
  const maxLines = options.maxLines ?? MEMORY_LIMITS.lines
  const maxChars = options.maxChars ?? MEMORY_LIMITS.chars
  const exists = options.exists ?? (() => false)
  const lines = text.match(LINE) ?? []
  const {preambleEnd, sections, nodes} = findSections(lines)
  const preamble = lines.slice(0, preambleEnd).join('')

  const build = (moveAll: boolean, group = false): SplitPlan => {
    const nameOf = topicNamer()
    const moving = sections.filter((s) => moveAll || s.size > INLINE_MAX_LINES || !s.inlinable)
    const moved = new Set(moving)
    const staying = sections.filter((s) => !moved.has(s))
    const grouped = group ? groupEntries(lines, preambleEnd, nodes, options.facts ?? (() => undefined)) : []
    const out = new Set(grouped.flatMap((g) => g.ranges.flatMap((r) => lineNumbers(r.from, r.to))))
    const head = lines.slice(0, preambleEnd).filter((_, i) => !out.has(i + 1))
    const at = out.size === 0 ? 0 : Math.min(...out) - 1 // where the group lines go: where the first entry was
    const keptText = [head.join(''), ...staying.map((s) => s.text)]
    const linked = new Set(
      keptText
        .flatMap((t) => t.split(/\r?\n|\r/))
        .filter(isEntryLine)
        .map((l) => linkTarget(l)!)
    )
    const groups = grouped.map((g): PlannedTopic => ({
      title: g.title,
      file: g.file,
      from: g.ranges[0]!.from,
      to: g.ranges.at(-1)!.to,
      summary: g.indexLine.slice(g.indexLine.indexOf(' — ') + 3),
      append: exists(g.file),
      text: g.text,
      content: g.content,
      indexLine: linked.has(g.file) ? undefined : g.indexLine,
      entries: g.ranges.length
    }))
    const topics = [
      ...groups,
      ...moving.map((s): PlannedTopic => {
        const file = nameOf(s.title)
        const title = s.title === '' ? file.slice(0, -3) : s.title
        const summary = summarize(s.body) || clip(title, 100)
        const indexLine = linked.has(file) ? undefined : formatEntry(clip(title, 80), file, summary)
        const content = topicFrontmatter(file.slice(0, -3), summary, options.type) + withEol(s.text)
        return {title, file, from: s.from, to: s.to, summary, append: exists(file), text: s.text, content, indexLine}
      })
    ]
    const lineOf = (t: PlannedTopic): string[] => (t.indexLine === undefined ? [] : [`${t.indexLine}\n`])
    const groupLines = groups.flatMap(lineOf)
    const preambleOut =
      groups.length === 0 ? preamble : withEolAll([...head.slice(0, at), ...groupLines, ...head.slice(at)])
    const entries = topics.filter((t) => t.entries === undefined).flatMap(lineOf)
    const index =
      topics.length === 0 ? text : [withEol(preambleOut), ...entries, ...staying.map((s) => withEol(s.text))].join('')
    const check = checkMemory(index, {maxLines, maxChars, comments: commentBlocks})
    const kept = [
      ...(preambleEnd > 0
        ? [{title: out.size > 0 ? '(preamble, but its entries)' : '(preamble)', from: 1, to: preambleEnd}]
        : []),
      ...staying.map((s) => ({title: s.title, from: s.from, to: s.to}))
    ]
    return {changed: topics.length > 0, index, topics, kept, lines: check.lines, chars: check.chars}
  }

  const fits = (p: SplitPlan): boolean => p.lines <= maxLines && p.chars <= maxChars
  let plan = build(false)
  if (!fits(plan)) plan = build(true)
  // A flat list of links (what recent Claude Code keeps): its entries go to one index file per topic type.
  if (!fits(plan)) plan = build(true, true)
  if (fits(plan)) return plan
  const pre = checkMemory(preamble, {maxLines, maxChars, comments: commentBlocks})
  throw new BatonError(
    'ETOOBIG',
    'cannot make MEMORY.md fit: even with every section moved out, ' +
      `the index is ${plan.lines} lines and ${plan.chars} characters ` +
      `(limits: ${maxLines} lines, ${maxChars} characters). ` +
      `The text before the first section (lines 1–${preambleEnd}) alone is ` +
      `${pre.lines} lines and ${pre.chars} characters, and ${plan.topics.length} section(s) need one index line each`,
    {
      hint:
        `shorten lines 1–${preambleEnd}, or put that text under a \`## …\` heading ` +
        'so it can move to a topic file, ' +
        'then run split again; nothing was changed'
    }
  )
}
