/**
 * The HTML comment blocks Claude Code drops from `MEMORY.md` before it loads
 * it, found with remark: HTML blocks at the top level (not inside a list,
 * a quote or a code fence) that start with `<!--` and hold a `-->`. An
 * unclosed comment runs to the end of the file and is kept, as Claude Code
 * keeps it. Claude Code's lexer (marked, GFM off) lets a comment interrupt
 * paragraph text only when it starts at the first column; an indented one
 * right under a paragraph, a quote or a list is more of that text there,
 * and kept (measured on 2.1.197 and 2.1.332).
 */
import {parseBlocks} from './parse.ts'
import type {Span} from './loaded.ts'

/** Blocks that can end in open paragraph text. */
const LAZY = new Set(['paragraph', 'blockquote', 'list'])

/**
 * Spans of the top-level comment blocks of `text` (LF line endings): from the
 * start of the block's first line to the end of its last line.
 */
export function commentBlocks(text: string): Span[] {
  const spans: Span[] = []
  const nodes = parseBlocks(text).children
  for (const [i, node] of nodes.entries()) {
    if (node.type !== 'html' || !node.position) continue
    if (!node.value.trimStart().startsWith('<!--') || !node.value.includes('-->')) continue
    const before = nodes[i - 1]
    const underText = before && LAZY.has(before.type) && before.position?.end.line === node.position.start.line - 1
    const end = node.position.end.offset ?? 0
    const start = text.lastIndexOf('\n', (node.position.start.offset ?? 0) - 1) + 1
    if (underText && text[start] === ' ') continue
    spans.push({start, end})
  }
  return spans
}
