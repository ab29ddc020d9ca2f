/**
 * The entries of a shared index file (`MEMORY.md`, `skills/_index.md`) as
 * remark sees them, and the upsert behind `baton index add`. An entry is a
 * list item outside block quotes (code blocks, HTML blocks and tables hold no
 * list items in CommonMark), e.g. `- [Title](file.md) — summary`. Prose, table
 * rows, quotes and examples in code fences that link the same file are never
 * touched.
 */
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import type {Link, Nodes, Root} from 'mdast'
import {parseBlocks} from './parse.ts'

/** One entry of an index file. */
export interface IndexEntry {
  /** 1-based line where the list item starts (the line an upsert replaces) */
  line: number
  /** 1-based last line of the list item, nested items included */
  endLine: number
  /** the target of the first link on the item's first line */
  target: string | undefined
  /** the plain text of that link */
  text: string | undefined
  /** for an item without a link: the text after the marker up to the first `:`, ` — ` or ` - ` */
  label: string | undefined
}

let inline: ReturnType<typeof makeInline> | undefined
const makeInline = () => unified().use(remarkParse).freeze()
/** One line, parsed in full; one processor serves every call (making one costs more than a short parse). */
const parseInline = (line: string): Root => (inline ??= makeInline()).parse(line)

/** Splits text into lines, keeping the terminator on each (`"a\nb"` → `["a\n", "b"]`). */
export function splitLinesKeep(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

/** The plain text of inline nodes. */
function plain(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('')
  return ''
}

/** The first link in `node` that starts on line 1, depth first. */
function firstLink(node: Nodes): Link | undefined {
  if (node.type === 'link' && node.position?.start.line === 1) return node
  if (!('children' in node)) return undefined
  for (const child of node.children as Nodes[]) {
    const found = firstLink(child)
    if (found) return found
  }
  return undefined
}

/** The first link on one line of markdown: its target and plain text, or `undefined`. */
export function lineLink(raw: string): {target: string; text: string} | undefined {
  const link = firstLink(parseInline(raw))
  return link ? {target: link.url, text: plain(link)} : undefined
}

/**
 * A list item found by the block parse: where it is, and the raw text of its
 * first line after the marker. Its link is parsed only when asked for: an
 * index has hundreds of entries, and an upsert looks at a few of them (the
 * parse runs under the lock, so its cost is paid by every waiting writer).
 */
class Item {
  #entry: IndexEntry | undefined
  constructor(
    readonly line: number,
    readonly endLine: number,
    readonly raw: string
  ) {}

  /** The entry with its link parsed (inline markdown, this line only). */
  get entry(): IndexEntry {
    if (this.#entry) return this.#entry
    const link = firstLink(parseInline(this.raw))
    const label = link ? undefined : this.raw.split(/:|\s[—–-]\s/)[0]!.trim() || undefined
    this.#entry = {
      line: this.line,
      endLine: this.endLine,
      target: link?.url,
      text: link ? plain(link) : undefined,
      label
    }
    return this.#entry
  }

  /**
   * False when `key` cannot be this item's target, link text or label
   * (escapes, entities, emphasis and code are left to the parse).
   */
  mayBe(key: string): boolean {
    return this.raw.includes(key) || /[\\&*_`<]/.test(this.raw)
  }
}

/**
 * List items (nested ones too) whose first line starts a paragraph, outside block quotes;
 * found with remark, blocks only.
 */
function items(text: string): Item[] {
  const out: Item[] = []
  const walk = (node: Nodes): void => {
    if (node.type === 'blockquote' || node.type === 'code' || node.type === 'html') return
    if (node.type === 'listItem') {
      const first = node.children[0]
      if (
        first?.type === 'paragraph' &&
        node.position &&
        first.position &&
        first.position.start.line === node.position.start.line
      ) {
        const from = first.position.start.offset ?? 0
        const eol = text.indexOf('\n', from)
        out.push(
          new Item(
            node.position.start.line,
            node.position.end.line,
            text.slice(from, eol === -1 ? undefined : eol).replace(/\r$/, '')
          )
        )
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child)
  }
  walk(parseBlocks(text))
  return out
}

/**
 * The entries of an index file's text, in order: list items (nested ones
 * too) whose first line starts a paragraph, outside block quotes.
 */
export function indexEntries(text: string): IndexEntry[] {
  return items(text).map((i) => i.entry)
}

/** What an upsert did. */
export type UpsertAction = 'added' | 'replaced' | 'unchanged'

/** The result of {@link upsertEntry}. */
export interface Upsert {
  text: string
  action: UpsertAction
  key: string
  /** 1-based line the entry now sits on */
  line: number
}

/**
 * Where a new entry goes (0-based line index): after the last entry that
 * holds a link (after its nested items too); without one, before the first
 * top-level heading of level 2 or deeper (so a later split keeps it in the
 * index); otherwise at the end.
 */
function insertionIndex(text: string, all: readonly Item[], lines: number): number {
  const last = [...all].reverse().find((i) => i.entry.target !== undefined) // usually the very last item: one parse
  if (last) {
    const linkedParents = all.filter(
      (i) => i.line < last.line && i.endLine >= last.line && i.entry.target !== undefined
    )
    return Math.max(last.endLine, ...linkedParents.map((i) => i.endLine))
  }
  const heading = parseBlocks(text).children.find((n) => n.type === 'heading' && n.depth >= 2)
  return heading?.position ? heading.position.start.line - 1 : lines
}

/**
 * Inserts or replaces one entry in an index file's text. The entry named by
 * `key` (its link target or link text, or the label of an item without a
 * link) is replaced; failing that, the entry with the new entry's own link
 * target, so the same call twice leaves one line. Only the item's first line
 * changes, and it keeps its indentation; nothing outside entries is ever
 * touched. A list marker (`- `) is added when `entry` is not a list item.
 *
 * @param text the index file's text ('' for a new file)
 * @param entry one line of text
 * @param [key] names the entry to replace; defaults to `entry`'s link target
 * @throws TypeError when `entry` spans lines or no key can be found
 */
export function upsertEntry(text: string, entry: string, key?: string): Upsert {
  if (/[\r\n]/.test(entry)) throw new TypeError('Expected `entry` to be one line')
  const asItem = (s: string): IndexEntry | undefined => items(s)[0]?.entry
  const line = asItem(entry.trim()) ? entry.trimEnd() : `- ${entry.trim()}`
  const own = asItem(line)
  const k = key ?? own?.target
  if (k === undefined || k === '') throw new TypeError('Expected `entry` to hold a markdown link, or a `key`')
  const all = items(text)
  const find = (name: string, test: (e: IndexEntry) => boolean): Item | undefined =>
    all.find((i) => i.mayBe(name) && test(i.entry))
  const found =
    find(k, (e) => (key === undefined ? e.target === k : e.target === k || e.text === k || e.label === k)) ??
    (own?.target !== undefined
      ? find(own.target, (e) => e.target === own.target)
      : own?.label !== undefined
        ? find(own.label, (e) => e.label === own.label)
        : undefined)
  const lines = splitLinesKeep(text)
  const eol = /\r\n/.test(text) ? '\r\n' : '\n'
  if (found) {
    const at = found.line - 1
    const old = lines[at]!
    const current = old.replace(/\r?\n$/, '')
    const indented = /^[ \t]*/.exec(current)![0] + line.trimStart() // a nested entry stays nested
    if (current === indented) return {text, action: 'unchanged', key: k, line: found.line}
    lines[at] = indented + old.slice(current.length)
    return {text: lines.join(''), action: 'replaced', key: k, line: found.line}
  }
  const last = lines.length - 1
  if (last >= 0 && !lines[last]!.endsWith('\n')) lines[last] += eol
  const index = insertionIndex(text, all, lines.length)
  lines.splice(index, 0, line + eol)
  return {text: lines.join(''), action: 'added', key: k, line: index + 1}
}
