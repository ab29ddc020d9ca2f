/** One-line summaries of markdown sections, for index entries and topic `description`s. */
import type {Nodes} from 'mdast'

/**
 * Raw inline markdown made readable on one line: links and images become
 * their text, `**`/`__` emphasis and backslash escapes are dropped, HTML tags
 * are removed. Inline code keeps its backticks.
 */
export function stripInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

/** Longest summary, in characters. */
export const MAX_SUMMARY = 100

/** The plain text of an mdast node: text, inline code and image alt text, nothing else. */
export function plainText(node: Nodes): string {
  if (node.type === 'text') return stripInline(node.value)
  if (node.type === 'inlineCode') return node.value
  if (node.type === 'image') return node.alt ?? ''
  if (node.type === 'break') return ' '
  if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return ''
  if ('children' in node) {
    const sep = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' ? '' : ' '
    return (node.children as Nodes[]).map(plainText).join(sep)
  }
  return ''
}

/**
 * Cuts `text` to at most `max` characters at a word boundary, marking the cut
 * with `…`. For names and commands; a summary goes through {@link firstSentence}.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const room = text.slice(0, max - 1)
  const space = room.lastIndexOf(' ')
  return `${(space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:.–—-]+$/, '')}…`
}

/**
 * Sentence ends: `.`, `!` or `?` (closing quotes and brackets may follow), then
 * a space and something that is not a lower-case letter (so `e.g. pnpm` goes
 * on); never the dot of `e.g.`, `i.e.`, `vs.`, `cf.` and the like.
 */
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|vs|cf|incl|approx|esp|resp|viz))[.!?]["'’”)\]]*(?=\s+[^\s\p{Ll}]|\s*$)/gu

/** The sentences of a one-line text, each with its end punctuation. */
function sentences(flat: string): string[] {
  const out: string[] = []
  let at = 0
  for (const m of flat.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length
    out.push(flat.slice(at, end).trim())
    at = end
  }
  const rest = flat.slice(at).trim()
  if (rest !== '') out.push(rest)
  return out
}

/**
 * A one-line summary of `text`, at most `max` characters, that never says
 * something the text does not: whole sentences up to the first one that is
 * not a question (a question keeps its answer, or is not used at all). When
 * the first sentence alone is too long it is cut at a word with `…`, which
 * shows the cut; a question that is too long is not cut. Returns `''` when no
 * summary is safe: the caller then uses a title.
 *
 * @param [max=100] length limit
 */
export function firstSentence(text: string, max = MAX_SUMMARY): string {
  return fromSentences(sentences(text.replace(/\s+/g, ' ').trim()), max)
}

function fromSentences(parts: readonly string[], max: number): string {
  let out = ''
  for (const [i, part] of parts.entries()) {
    const next = out === '' ? part : `${out} ${part}`
    if (next.length > max) break
    out = next
    if (!part.endsWith('?') || i === parts.length - 1) return out // a statement, or nothing is left out
  }
  if (out !== '') return '' // a question whose answer does not fit
  const first = parts[0] ?? ''
  return first.endsWith('?') ? '' : clip(first, max)
}

/**
 * Summarises a section from its body nodes (heading excluded): the
 * {@link firstSentence} of the first node that has text (`''` when that is not safe).
 *
 * @param [max=100] length limit
 */
export function summarize(nodes: readonly Nodes[], max = MAX_SUMMARY): string {
  // Every block's sentences: an answer in the next paragraph still belongs to its question.
  const parts = nodes.flatMap((node) => sentences(plainText(node).replace(/\s+/g, ' ').trim()))
  return fromSentences(parts, max)
}
