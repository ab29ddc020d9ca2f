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

/** Parses markdown into an mdast tree. */
export function parseMarkdown(source: string): Root {
  return unified().use(remarkParse).parse(source)
}

/**
 * micromark's inline constructs, turned off where only the blocks matter: a
 * heading's place does not depend on them, and a note parses 3-4 times faster.
 */
const BLOCKS_ONLY = {
  disable: {
    null: [
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
  }
}

/** The blocks of markdown, each heading's text as one plain node (see {@link BLOCKS_ONLY}). */
function parseBlocks(source: string): Root {
  const processor = unified().use(remarkParse)
  processor.data('micromarkExtensions', [BLOCKS_ONLY])
  return processor.parse(source)
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
 * Every heading at the section level of `body`, in order, with the stretch it
 * heads. The section level is `##`, or `#` when a body has no `##` headings.
 */
export function sectionSpans(body: string): SectionSpan[] {
  return spansOf(parseBlocks(body), body)
}

/**
 * The text of a body's summary section, or the whole body when it has none
 * (`spans`: its {@link sectionSpans} when known); a huge body (hostile, or a
 * binary pasted in) costs remark no more than its first 256 KB.
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
  const tree = parseMarkdown(part)
  const last = tree.children.at(-1)
  const tail = part.slice(last?.position?.end.offset ?? part.length)
  // After a paragraph, a blank line (spaces and tabs only) closes it.
  return {spans: spansOf(tree, part), openParagraph: last?.type === 'paragraph' && !/\n[ \t]*\r?\n/.test(tail)}
}

function spansOf(tree: Root, body: string): SectionSpan[] {
  const headings = tree.children.filter((n: RootContent): n is Heading => n.type === 'heading')
  const level = headings.some((h) => h.depth === 2) ? 2 : 1
  const spans: SectionSpan[] = []
  headings.forEach((heading, i) => {
    if (heading.depth !== level) return
    const title = headingText(heading, body)
    const next = headings.slice(i + 1).find((h) => h.depth <= level)
    spans.push({
      title,
      key: sectionFor(title),
      depth: level,
      start: heading.position?.start.offset ?? 0,
      textStart: heading.position?.end.offset ?? 0,
      end: next?.position?.start.offset ?? body.length
    })
  })
  return spans
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
