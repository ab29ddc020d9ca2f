/**
 * Block-level markdown parsing for `memory split`: remark with micromark's
 * inline constructs switched off. Headings, code fences, lists, quotes and
 * HTML blocks are found exactly as in a full parse (block structure never
 * depends on inline syntax), at about half the cost on a large file. Text
 * nodes then hold their raw markdown (`stripInline` in summary.ts tidies it for display).
 */
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import type {Root} from 'mdast'

/** micromark's inline (text) constructs, none of which can change block structure. */
const INLINE = ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'labelStartImage', 'labelStartLink', 'labelEnd', 'hardBreakEscape', 'hardBreakTrailing', 'htmlText']

/** Parses `source` into an mdast tree of blocks; inline markup stays raw text. */
export function parseBlocks(source: string): Root {
  const processor = unified().use(remarkParse)
  processor.data('micromarkExtensions', [{disable: {null: INLINE}}])
  return processor.parse(source)
}
