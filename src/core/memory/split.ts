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

/** Number of leading lines that form a `---` frontmatter block (0 when none). */
function frontmatterLines(lines: readonly string[]): number {
  if (lines[0]?.trimEnd() !== '---') return 0
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)$/.test(l.trimEnd()))
  return end === -1 ? 0 : end + 1
}

function findSections(lines: readonly string[]): {preambleEnd: number; sections: Section[]} {
  const skip = frontmatterLines(lines)
  const source = lines.map((l, i) => (i < skip ? l.replace(/[^\r\n]+/, '') : l)).join('')
  const tree = parseBlocks(source)
  const nodes = tree.children
  const headings = nodes.filter((n: RootContent): n is Heading => n.type === 'heading' && n.position !== undefined)
  const ones = headings.filter((h) => h.depth === 1)
  const rest = ones.length === 1 && headings[0] === ones[0] ? headings.slice(1) : headings
  if (rest.length === 0) return {preambleEnd: lines.length, sections: []}
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
  return {preambleEnd: sections[0]!.from - 1, sections}
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
  const {preambleEnd, sections} = findSections(lines)
  const preamble = lines.slice(0, preambleEnd).join('')

  const build = (moveAll: boolean): SplitPlan => {
    const nameOf = topicNamer()
    const moving = sections.filter((s) => moveAll || s.size > INLINE_MAX_LINES || !s.inlinable)
    const moved = new Set(moving)
    const staying = sections.filter((s) => !moved.has(s))
    const keptText = [preamble, ...staying.map((s) => s.text)]
    const linked = new Set(
      keptText
        .flatMap((t) => t.split(/\r?\n|\r/))
        .filter(isEntryLine)
        .map((l) => linkTarget(l)!)
    )
    const topics = moving.map((s): PlannedTopic => {
      const file = nameOf(s.title)
      const title = s.title === '' ? file.slice(0, -3) : s.title
      const summary = summarize(s.body) || clip(title, 100)
      const indexLine = linked.has(file) ? undefined : formatEntry(clip(title, 80), file, summary)
      const content = topicFrontmatter(file.slice(0, -3), summary, options.type) + withEol(s.text)
      return {title, file, from: s.from, to: s.to, summary, append: exists(file), text: s.text, content, indexLine}
    })
    const entries = topics.flatMap((t) => (t.indexLine === undefined ? [] : [`${t.indexLine}\n`]))
    const index =
      topics.length === 0 ? text : [withEol(preamble), ...entries, ...staying.map((s) => withEol(s.text))].join('')
    const check = checkMemory(index, {maxLines, maxChars, comments: commentBlocks})
    const kept = [
      ...(preambleEnd > 0 ? [{title: '(preamble)', from: 1, to: preambleEnd}] : []),
      ...staying.map((s) => ({title: s.title, from: s.from, to: s.to}))
    ]
    return {changed: topics.length > 0, index, topics, kept, lines: check.lines, chars: check.chars}
  }

  const fits = (p: SplitPlan): boolean => p.lines <= maxLines && p.chars <= maxChars
  let plan = build(false)
  if (!fits(plan)) plan = build(true)
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
