/**
 * Block-level markdown parsing for `memory split`: remark with micromark's
 * inline constructs switched off. Headings, code fences, lists, quotes and
 * HTML blocks are found exactly as in a full parse (block structure never
 * depends on inline syntax), at about half the cost on a large file. Text
 * nodes then hold their raw markdown (`stripInline` in summary.ts tidies it for display).
 *
 * A long document is parsed in chunks of lines: micromark's document
 * tokenizer rewrites its whole event list each time a list or quote ends
 * (`EditMap.consume` in `initialize/document.js`), which makes one parse of a
 * file with n lists O(n²) (10,000 sections with a list each: about a minute).
 */
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import type {Nodes, Root, RootContent} from 'mdast'

/** micromark's inline (text) constructs, none of which can change block structure. */
const INLINE = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'labelStartImage',
  'labelStartLink',
  'labelEnd',
  'hardBreakEscape',
  'hardBreakTrailing',
  'htmlText'
]

/** Lines per chunk of a long document. */
export const CHUNK_LINES = 1000

const LINE = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g

function parseOnce(source: string): Root {
  const processor = unified().use(remarkParse)
  processor.data('micromarkExtensions', [{disable: {null: INLINE}}])
  return processor.parse(source)
}

/** Moves a node and everything inside it down by `lines` lines and `offset` characters. */
function shift(node: Nodes, lines: number, offset: number): void {
  const p = node.position
  if (p) {
    p.start = {...p.start, line: p.start.line + lines, offset: (p.start.offset ?? 0) + offset}
    p.end = {...p.end, line: p.end.line + lines, offset: (p.end.offset ?? 0) + offset}
  }
  if ('children' in node) for (const child of node.children as Nodes[]) shift(child, lines, offset)
}

/**
 * Parses `source` into an mdast tree of blocks; inline markup stays raw text.
 * Positions are those of `source`, as in one parse.
 *
 * Chunks: parse up to `chunkLines` lines, keep the top-level blocks before
 * the last ATX heading (each was closed by the start of the next, so more text
 * cannot change it), and go on from that heading's line. A chunk without such
 * a heading after its first block grows until it has one or the text ends.
 *
 * @param [chunkLines] lines per chunk, {@link CHUNK_LINES} by default
 */
export function parseBlocks(source: string, chunkLines = CHUNK_LINES): Root {
  const lines = source.match(LINE) ?? []
  if (lines.length <= chunkLines) return parseOnce(source)
  const children: RootContent[] = []
  let start = 0
  let offset = 0
  let size = chunkLines
  for (;;) {
    const end = Math.min(lines.length, start + size)
    const text = lines.slice(start, end).join('')
    const kids = parseOnce(text).children
    // The cut goes before the last one-line (ATX) heading: micromark carries
    // some state from one block to the next (whether a line may interrupt a
    // paragraph), which a heading line always starts afresh.
    let cut = kids.length - 1
    while (
      cut > 0 &&
      !(kids[cut]!.type === 'heading' && kids[cut]!.position!.start.line === kids[cut]!.position!.end.line)
    )
      cut--
    const next = cut > 0 ? kids[cut]!.position!.start.line - 1 : 0
    if (end === lines.length || next > 0) {
      const keep = end === lines.length ? kids : kids.slice(0, cut)
      for (const kid of keep) shift(kid, start, offset)
      children.push(...keep)
      if (end === lines.length) break
      offset += lines.slice(start, start + next).reduce((n, l) => n + l.length, 0)
      start += next
      size = chunkLines
    } else size *= 2
  }
  const last = lines.at(-1) ?? ''
  const endLine = lines.length + (/[\r\n]$/.test(last) ? 1 : 0)
  const endColumn = /[\r\n]$/.test(last) ? 1 : last.length + 1
  return {
    type: 'root',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: {line: endLine, column: endColumn, offset: source.length}}
  }
}
