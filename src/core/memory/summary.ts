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

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut with `…`. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const room = text.slice(0, max - 1)
  const space = room.lastIndexOf(' ')
  return `${(space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:.–—-]+$/, '')}…`
}

/**
 * The first sentence of `text` on one line, at most `max` characters: up to
 * the first `.`, `!` or `?` that is followed by a space (or ends the text).
 *
 * @param [max=100] length limit
 */
export function firstSentence(text: string, max = MAX_SUMMARY): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const end = /[.!?](?=\s|$)/.exec(flat)
  const sentence = end ? flat.slice(0, end.index + 1) : flat
  return clip(sentence, max)
}

/**
 * Summarises a section from its body nodes (heading excluded): the first
 * sentence of the first node that has text.
 *
 * @param [max=100] length limit
 */
export function summarize(nodes: readonly Nodes[], max = MAX_SUMMARY): string {
  for (const node of nodes) {
    const text = plainText(node).trim()
    if (text !== '') return firstSentence(text, max)
  }
  return ''
}
