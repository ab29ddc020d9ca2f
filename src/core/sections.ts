/**
 * The five handoff sections (design.md §3), found with remark, never with regexes
 * over the markdown. Loaded lazily by callers: remark is the heaviest import.
 */
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import type {Heading, Root, RootContent} from 'mdast'

/** Section keys in the order they are written. */
export const SECTION_KEYS = ['summary', 'changed', 'todo', 'decisions', 'context'] as const
export type SectionKey = (typeof SECTION_KEYS)[number] | 'failed'

/** Canonical `##` titles. */
export const SECTION_TITLES: Record<SectionKey, string> = {
  summary: 'Session summary',
  changed: 'What changed',
  todo: 'What still needs work',
  decisions: 'Key decisions',
  context: 'Active context',
  failed: 'What failed'
}

const ALIASES: Record<SectionKey, string[]> = {
  summary: ['session summary', 'summary', 'overview', 'tldr', 'tl dr', 'session overview', 'what happened'],
  changed: [
    'what changed',
    'changes',
    'changes made',
    'what was done',
    'done',
    'completed',
    'work done',
    'progress',
    'accomplished'
  ],
  todo: [
    'what still needs work',
    'next steps',
    'next',
    'todo',
    'to do',
    'remaining',
    'remaining work',
    'open items',
    'still to do',
    'pending',
    'whats next',
    'open questions'
  ],
  decisions: ['key decisions', 'decisions', 'decisions made', 'design decisions', 'rationale'],
  context: [
    'active context',
    'context',
    'current context',
    'working context',
    'current state',
    'state',
    'notes',
    'important context'
  ],
  failed: ['what failed', 'failures', 'failed', 'dead ends', 'what didnt work', 'blockers']
}

const normalize = (title: string): string =>
  title
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const LOOKUP = new Map<string, SectionKey>(
  (Object.entries(ALIASES) as [SectionKey, string[]][]).flatMap(([key, names]) => names.map((n) => [n, key] as const))
)

/** The section a heading title stands for, or `undefined`. */
export function sectionFor(title: string): SectionKey | undefined {
  return LOOKUP.get(normalize(title))
}

/** One section found in a body. */
export interface FoundSection {
  key: SectionKey
  title: string
  /** the section's markdown, heading excluded, trimmed */
  text: string
}

/** What a body holds, and what it lacks. */
export interface SectionReport {
  sections: FoundSection[]
  missing: SectionKey[]
  empty: SectionKey[]
  /** one human-readable line per missing or empty required section */
  warnings: string[]
}

function headingText(node: Heading, source: string): string {
  const first = node.children[0]
  const last = node.children[node.children.length - 1]
  if (!first?.position || !last?.position) return ''
  return source.slice(first.position.start.offset, last.position.end.offset)
}

/**
 * Inline constructs, off when sections are found: a heading's text is taken from the source
 * (see {@link headingText}), and these are where micromark's time grows faster than the
 * text (emphasis on a run of `*_` is quadratic: 20 KB took 4 s). Block structure (headings,
 * lists, quotes, fences, setext underlines) never depends on them.
 */
const INLINE = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink'
]

/** Parses markdown into an mdast tree of its blocks (inline text left as text). */
export function parseMarkdown(source: string): Root {
  return unified()
    .data('micromarkExtensions', [{disable: {null: INLINE}}])
    .use(remarkParse)
    .parse(source)
}

/** A heading at the section level and the stretch of the body it heads. */
export interface SectionSpan {
  /** the heading's text */
  title: string
  /** the section it stands for, if it is one of the known ones */
  key: SectionKey | undefined
  /** the section level: 2, or 1 in a body without `##` headings */
  depth: number
  /** offset of the heading itself */
  start: number
  /** offset where the section's text starts (after the heading) */
  textStart: number
  /** offset where the next heading at this level or above starts (or the end) */
  end: number
}

/**
 * The most of a body remark reads, in UTF-16 units. What lies past it is plain text: part of
 * the section it starts in. A note may arrive from anywhere (sync, a copied file), so the
 * parse is bounded by its input: a synchronous parse cannot be interrupted, not even by SIGTERM.
 */
export const PARSE_LIMIT = 64 * 1024

/**
 * A line opening more than this many quotes or list items (`> > > …`, `1. 1. 1. …`) ends
 * what remark reads: micromark's time grows with the square of a line's nesting.
 */
const MAX_NESTING = 32
const TOO_DEEP = new RegExp(`^[ \\t]*(?:(?:>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))[ \\t]*){${MAX_NESTING + 1}}`, 'm')

/** How much of `body` remark reads: up to {@link PARSE_LIMIT}, and not from a line nested too deep. */
export function parsedLength(body: string): number {
  const line = body.lastIndexOf('\n', PARSE_LIMIT) // cut at a line's end when there is one
  const part = body.length > PARSE_LIMIT ? body.slice(0, line === -1 ? PARSE_LIMIT : line + 1) : body
  const deep = TOO_DEEP.exec(part)
  return deep ? deep.index : part.length
}

/**
 * Every heading at the section level of `body`, in order, with the stretch it
 * heads. The section level is `##`, or `#` when a body has no `##` headings.
 * Headings are looked for in the first {@link parsedLength} units only.
 */
export function sectionSpans(body: string): SectionSpan[] {
  return spansOf(parseMarkdown(body.slice(0, parsedLength(body))), body)
}

/**
 * The text of a body's summary section, or the whole body when it has none
 * (`spans`: its {@link sectionSpans} when known); remark reads no more of it
 * than {@link sectionSpans} does.
 */
export function summaryText(body: string, spans?: readonly SectionSpan[]): string {
  const head = body.slice(0, 256 * 1024)
  const summary = (spans ?? sectionSpans(head)).find((s) => s.key === 'summary')
  return summary ? head.slice(summary.textStart, summary.end) : head
}

/**
 * {@link sectionSpans} of the beginning of a body, `part`, and whether its
 * last block is a paragraph running to its last line: only then could the
 * rest of the body change what `part` holds (a setext underline below makes
 * the paragraph a heading), apart from the section level (a later `##`).
 */
export function sectionSpansOfStart(part: string): {spans: SectionSpan[]; openParagraph: boolean} {
  const read = parsedLength(part)
  const tree = parseMarkdown(part.slice(0, read))
  const last = tree.children.at(-1)
  const tail = part.slice(last?.position?.end.offset ?? read, read)
  // After a paragraph, a blank line (spaces and tabs only) closes it.
  const open = read === part.length && last?.type === 'paragraph' && !/\n[ \t]*\r?\n/.test(tail)
  return {spans: spansOf(tree, part), openParagraph: open}
}

function spansOf(tree: Root, body: string): SectionSpan[] {
  const headings = tree.children.filter((n: RootContent): n is Heading => n.type === 'heading')
  const level = headings.some((h) => h.depth === 2) ? 2 : 1
  const spans: SectionSpan[] = []
  // From the last heading back, so that each knows where the next one at its level or above starts.
  let end = body.length
  for (const heading of headings.reverse()) {
    const start = heading.position?.start.offset ?? 0
    if (heading.depth === level) {
      const title = headingText(heading, body)
      const textStart = heading.position?.end.offset ?? 0
      spans.push({title, key: sectionFor(title), depth: level, start, textStart, end})
    }
    if (heading.depth <= level) end = start
  }
  return spans.reverse()
}

/**
 * Finds the handoff sections in `body` (see {@link sectionSpans}). Never
 * throws and never refuses a body.
 */
export function inspectSections(body: string): SectionReport {
  const sections: FoundSection[] = sectionSpans(body).flatMap((s) =>
    s.key === undefined ? [] : [{key: s.key, title: s.title, text: body.slice(s.textStart, s.end).trim()}]
  )
  const missing = SECTION_KEYS.filter((k) => !sections.some((s) => s.key === k))
  const empty = SECTION_KEYS.filter(
    (k) => !missing.includes(k) && sections.filter((s) => s.key === k).every((s) => s.text === '')
  )
  const warnings = [
    ...missing.map((k) => `missing section "## ${SECTION_TITLES[k]}"`),
    ...empty.map((k) => `empty section "## ${SECTION_TITLES[k]}"`)
  ]
  return {sections, missing, empty, warnings}
}
