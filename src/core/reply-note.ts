/**
 * A handoff written in the model's reply (design.md §7.7): the note sits
 * between two marker lines of the reply, `<!-- baton:handoff slug="…" -->`
 * and `<!-- /baton:handoff -->`, and the Stop hook saves it. Saving so needs
 * no tool, so it works in every permission mode without a prompt. Only the
 * assistant's own text counts: the markers must be top-level HTML blocks of
 * its markdown (found with remark), so a marker quoted in a code block, in a
 * list or inline in a sentence is text, and a tool result or a prompt that
 * holds a block (the command's own instructions do) is never read. Pure;
 * remark is loaded only for a reply that names the marker.
 */
import type {Html, RootContent} from 'mdast'

/** The marker's name: `<!-- baton:handoff … -->` opens a note, `<!-- /baton:handoff -->` closes it. */
export const NOTE_MARKER = 'baton:handoff'

/**
 * Most characters of one reply looked at: its last 1 Mi (a note is a few KB;
 * the cap bounds remark's time on a hostile or runaway reply).
 */
export const MAX_REPLY = 1024 * 1024

/** A note found in a reply. */
export interface ReplyNote {
  /** the note's markdown, as written between the markers (trimmed) */
  body: string
  /** the opening marker's `slug`, when it gives a non-empty one */
  slug?: string | undefined
  /** who the note is for (`to="WHO"`, or `--to WHO` left in the slug; design.md §14, "People") */
  to?: string | undefined
}

const OPEN = /^<!--\s*baton:handoff\b(.*?)-->$/s
const CLOSE = /^<!--\s*\/\s*baton:handoff\s*-->$/
/** `slug=` and the rest of the marker, quotes (straight or curly) dropped. */
const SLUG = /\bslug\s*=\s*(.*)$/s

/** Whether `text` could hold a note at all: a cheap test before any parse. */
export const mayHoldNote = (text: string): boolean => text.includes(NOTE_MARKER)

/** The opening marker of a note with `slug` (none: the branch name is used). */
export const openMarker = (slug = ''): string => `<!-- ${NOTE_MARKER} slug="${slug}" -->`

/** The closing marker. */
export const CLOSE_MARKER = `<!-- /${NOTE_MARKER} -->`

/** `to="WHO"` in the marker, or `--to WHO` where the command's arguments were copied into the slug. */
const TO = /(?:\bto\s*=|--to\s)\s*["'“‘]?([^"'”’\s]+)["'”’]?/

function toOf(attributes: string): string | undefined {
  return TO.exec(attributes)?.[1]
}

function slugOf(attributes: string): string | undefined {
  const raw = SLUG.exec(attributes.trim())?.[1]?.trim() ?? ''
  const slug = raw.replace(/^["'“‘]+|["'”’]+$/g, '').trim()
  return slug === '' ? undefined : slug
}

const html = (node: RootContent | undefined): string | undefined =>
  node?.type === 'html' ? (node as Html).value.trim() : undefined

/**
 * The notes in one reply, in order. A note runs from an opening marker to the
 * next closing one; an opening marker with none after it runs to the end of
 * the reply (nothing written is lost). A note that is one fenced code block
 * and nothing else is taken without its fence. Empty notes are dropped.
 * Loads remark only for a reply that names the marker.
 */
export async function notesInReply(reply: string): Promise<ReplyNote[]> {
  if (!mayHoldNote(reply)) return []
  const text = reply.length > MAX_REPLY ? reply.slice(-MAX_REPLY) : reply
  const blocks = (await import('./sections.ts')).parseMarkdown(text).children
  const notes: ReplyNote[] = []
  for (let i = 0; i < blocks.length; i++) {
    const open = OPEN.exec(html(blocks[i]) ?? '')
    if (!open) continue
    let end = i + 1
    while (end < blocks.length && !CLOSE.test(html(blocks[end]) ?? '')) end++
    const inner = blocks.slice(i + 1, end)
    const from = blocks[i]!.position?.end.offset ?? text.length
    const to = blocks[end]?.position?.start.offset ?? text.length
    const only = inner.length === 1 && inner[0]!.type === 'code' ? inner[0] : undefined
    const body = (only?.type === 'code' ? only.value : text.slice(from, to)).trim()
    const attributes = open[1] ?? ''
    if (body !== '') notes.push({body, slug: slugOf(attributes.replace(TO, ' ')), to: toOf(attributes)})
    i = end
  }
  return notes
}

type Block = {type?: string; text?: string}
type Line = {type?: string; isMeta?: boolean; isSidechain?: boolean; message?: {content?: string | Block[]}}

/** Whether a user line of a transcript starts a turn: the person's prompt or a command, not a tool result. */
function startsTurn(line: Line): boolean {
  if (line.type !== 'user' || line.isMeta === true) return false
  const content = line.message?.content
  return typeof content === 'string' || (Array.isArray(content) && !content.some((b) => b.type === 'tool_result'))
}

/**
 * The text blocks the assistant wrote in the last turn of a transcript
 * (JSONL), in order: its own words only, never a tool result, a prompt or a
 * subagent's line. Unparseable lines are skipped.
 */
export function lastTurnReplies(jsonl: string): string[] {
  let replies: string[] = []
  for (const raw of jsonl.split('\n')) {
    // Only the assistant's lines and the person's (turn starts) matter; tool results, most of a
    // transcript's bytes, are neither.
    if (raw.includes('"tool_result"') || (!raw.includes('"assistant"') && !raw.includes('"user"'))) continue
    let line: Line
    try {
      line = JSON.parse(raw) as Line
    } catch {
      continue
    }
    if (line.isSidechain === true) continue
    if (startsTurn(line)) replies = []
    const content = line.message?.content
    if (line.type !== 'assistant' || !Array.isArray(content)) continue
    for (const block of content) if (block.type === 'text' && typeof block.text === 'string') replies.push(block.text)
  }
  return replies
}
