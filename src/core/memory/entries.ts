/**
 * One-line entries of a shared index file (`MEMORY.md`, `skills/_index.md`):
 * `- [Title](file.md) — summary`. The line helpers here serve split and merge;
 * `baton index add` finds entries with remark (index-entries.ts), so that it
 * never touches prose, quotes or code examples that link the same file.
 */

const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/
const LINK_TARGET = /\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/

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
  const key = line
    .slice(m[0].length)
    .split(/:|\s[—–-]\s/)[0]!
    .trim()
  return key === '' ? undefined : key
}

/** Escapes text for use inside `[…]` of a markdown link. */
function escapeLinkText(text: string): string {
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

export {splitLinesKeep, upsertEntry, type Upsert, type UpsertAction} from './index-entries.ts'
