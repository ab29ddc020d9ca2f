/**
 * One-line entries of a shared index file (`MEMORY.md`, `skills/_index.md`):
 * `- [Title](file.md) — summary`. Pure line logic, no markdown parser, so an
 * index update stays cheap.
 */

const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/
const LINK_TARGET = /\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const DEEP_HEADING = /^ {0,3}#{2,6}(?:[ \t]|$)/

/** The link target of the first markdown link in `line`, or `undefined`. */
export function linkTarget(line: string): string | undefined {
  return LINK_TARGET.exec(line)?.[1]
}

/** True when `line` is a list item that holds a link: an index entry. */
export function isEntryLine(line: string): boolean {
  return LIST_ITEM.test(line) && linkTarget(line) !== undefined
}

/**
 * The key of an index line: its first link target; for a list item without
 * a link, the text after the list marker up to the first `:`, ` — ` or ` - `.
 */
export function entryKey(line: string): string | undefined {
  const target = linkTarget(line)
  if (target !== undefined) return target
  const m = LIST_ITEM.exec(line)
  if (!m) return undefined
  const key = line.slice(m[0].length).split(/:|\s[—–-]\s/)[0]!.trim()
  return key === '' ? undefined : key
}

/** Escapes text for use inside `[…]` of a markdown link. */
export function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&')
}

/**
 * Formats an index entry: `- [Title](file) — summary` (no summary part when
 * `summary` is empty). Line breaks in either part become spaces.
 */
export function formatEntry(title: string, file: string, summary = ''): string {
  const one = (s: string): string => s.replace(/\s+/g, ' ').trim()
  const tail = one(summary)
  return `- [${escapeLinkText(one(title))}](${file})${tail === '' ? '' : ` — ${tail}`}`
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

/** Splits text into lines, keeping the terminator on each (`"a\nb"` → `["a\n", "b"]`). */
export function splitLinesKeep(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

/**
 * Where a new entry goes: after the last entry line; without one, before the
 * first `##`…`######` heading outside code fences (so a later split keeps it in
 * the index); otherwise at the end.
 */
function insertionIndex(lines: readonly string[]): number {
  let lastEntry = -1
  let firstHeading = -1
  let fence: string | undefined
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r?\n$/, '')
    const f = FENCE.exec(line)
    if (fence !== undefined) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && line.trim() === f[1]) fence = undefined
      return
    }
    if (f) fence = f[1]
    else if (isEntryLine(line)) lastEntry = i
    else if (firstHeading === -1 && DEEP_HEADING.test(line)) firstHeading = i
  })
  if (lastEntry !== -1) return lastEntry + 1
  return firstHeading !== -1 ? firstHeading : lines.length
}

/**
 * Inserts or replaces one entry in an index file's text. The first line whose
 * {@link entryKey} equals `key` is replaced; later lines are never touched.
 * A list marker (`- `) is added when `entry` has none.
 *
 * @param text the index file's text ('' for a new file)
 * @param entry one line of text
 * @param [key] the entry's key; defaults to `entry`'s link target
 * @throws TypeError when `entry` spans lines or no key can be found
 */
export function upsertEntry(text: string, entry: string, key?: string): Upsert {
  if (/[\r\n]/.test(entry)) throw new TypeError('Expected `entry` to be one line')
  const line = LIST_ITEM.test(entry) ? entry.trimEnd() : `- ${entry.trim()}`
  const k = key ?? linkTarget(line)
  if (k === undefined || k === '') throw new TypeError('Expected `entry` to hold a markdown link, or a `key`')
  const lines = splitLinesKeep(text)
  const eol = /\r\n/.test(text) ? '\r\n' : '\n'
  const at = lines.findIndex((l) => entryKey(l.replace(/\r?\n$/, '')) === k)
  if (at !== -1) {
    const old = lines[at]!
    const current = old.replace(/\r?\n$/, '')
    if (current === line) return {text, action: 'unchanged', key: k, line: at + 1}
    lines[at] = line + old.slice(current.length)
    return {text: lines.join(''), action: 'replaced', key: k, line: at + 1}
  }
  const last = lines.length - 1
  if (last >= 0 && !lines[last]!.endsWith('\n')) lines[last] += eol
  const index = insertionIndex(lines)
  lines.splice(index, 0, line + eol)
  return {text: lines.join(''), action: 'added', key: k, line: index + 1}
}
