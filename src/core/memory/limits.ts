/**
 * What Claude Code can see of `MEMORY.md`, computed the way Claude Code 2.1.x
 * loads it: front matter and top-level HTML comments are dropped (loaded.ts),
 * the rest is trimmed, cut to its first 200 lines, and that is cut again at
 * the last newline before 25,000 characters (UTF-16 code units). A markdown
 * parser is needed only when the file holds `<!--`, so a plain file stays
 * cheap enough for every SessionStart.
 */
import {loadedText, type ClaudeFlavor, type CommentFinder} from './loaded.ts'

/** Claude Code's limits for `MEMORY.md`. */
export const MEMORY_LIMITS = Object.freeze({lines: 200, chars: 25_000})

/** The visibility report for one `MEMORY.md`. Line numbers are 1-based, in the file as stored. */
export interface MemoryCheck {
  /** lines Claude Code counts (after trimming) */
  lines: number
  /** characters Claude Code counts (after trimming) */
  chars: number
  maxLines: number
  maxChars: number
  /** true when every non-blank line is loaded */
  fits: boolean
  /** the line limit cut the file */
  overLines: boolean
  /** the character limit cut the file */
  overChars: boolean
  /** last line loaded whole (0 when none is) */
  lastVisibleLine: number
  /** first line Claude Code does not see whole, or `undefined` when all fit */
  firstHiddenLine: number | undefined
  /** last non-blank line of the file */
  lastLine: number
  /** non-blank-trimmed lines Claude Code does not see whole */
  hiddenLines: number
  /** characters Claude Code does not see */
  hiddenChars: number
  /** set when one line is loaded only in part: how many of its characters are visible */
  partial: {line: number; visibleChars: number} | undefined
}

/** Options of {@link checkMemory}. */
export interface CheckOptions {
  /** @default 200 */
  maxLines?: number
  /** @default 25000 */
  maxChars?: number
  /** finds HTML comment blocks (comments.ts); needed only when the text holds `<!--` */
  comments?: CommentFinder
  /** @default 'latest' */
  flavor?: ClaudeFlavor
}

/** 1-based line, in the file as stored, of the character at `offset`. */
function lineAt(file: string, offset: number, cache: {at: number; line: number}): number {
  if (offset < cache.at) Object.assign(cache, {at: 0, line: 1})
  for (let i = file.indexOf('\n', cache.at); i !== -1 && i < offset; i = file.indexOf('\n', i + 1)) {
    cache.line++
    cache.at = i + 1
  }
  return cache.line
}

const newlines = (text: string): number => {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return n
}

/**
 * Reports which lines of `text` Claude Code loads and which it silently drops.
 * Lines are counted as Claude Code counts them (front matter and comments
 * left out); line numbers are those of the file.
 *
 * @param text the whole `MEMORY.md`
 * @throws TypeError for limits below 1, or when the text holds `<!--` and `options.comments` is missing
 */
export function checkMemory(text: string, options: Readonly<CheckOptions> = {}): MemoryCheck {
  const maxLines = options.maxLines ?? MEMORY_LIMITS.lines
  const maxChars = options.maxChars ?? MEMORY_LIMITS.chars
  if (!Number.isInteger(maxLines) || maxLines < 1) throw new TypeError('Expected `maxLines` to be a whole number >= 1')
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new TypeError('Expected `maxChars` to be a whole number >= 1')
  const loaded = loadedText(text, options.comments, options.flavor)
  const all = loaded.text
  const lead = all.length - all.trimStart().length
  const trimmed = all.trim()
  const lines = trimmed === '' ? 0 : newlines(trimmed) + 1
  const chars = trimmed.length
  const overLines = lines > maxLines
  const overChars = chars > maxChars
  const cache = {at: 0, line: 1}
  const fileLine = (i: number): number => lineAt(text, loaded.origin[lead + i]!, cache)
  const lastLine = trimmed === '' ? 0 : fileLine(trimmed.length - 1)
  if (!overLines && !overChars) {
    const base = {lines, chars, maxLines, maxChars, fits: true, overLines, overChars, lastLine}
    return {
      ...base,
      lastVisibleLine: lastLine,
      firstHiddenLine: undefined,
      hiddenLines: 0,
      hiddenChars: 0,
      partial: undefined
    }
  }
  let visible = overLines ? nthNewline(trimmed, maxLines) : trimmed.length
  let partial: MemoryCheck['partial']
  if (visible > maxChars) {
    const cut = trimmed.lastIndexOf('\n', maxChars)
    visible = cut > 0 ? cut : maxChars
    if (cut <= 0) partial = {line: fileLine(0), visibleChars: maxChars}
  }
  const shown = trimmed.slice(0, visible)
  const wholeLines = partial ? 0 : newlines(shown) + 1
  let next = visible
  while (next < trimmed.length && /\s/.test(trimmed[next]!)) next++
  const firstHiddenLine = partial ? partial.line : fileLine(next)
  return {
    lines,
    chars,
    maxLines,
    maxChars,
    fits: false,
    overLines,
    overChars,
    lastVisibleLine: partial ? firstHiddenLine - 1 : fileLine(trimmed[visible] === '\n' ? visible : visible - 1),
    firstHiddenLine,
    lastLine,
    hiddenLines: lines - wholeLines,
    hiddenChars: chars - visible,
    partial
  }
}

/** Offset of the `n`th `\n` of `text` (the end of its first `n` lines), or its length. */
function nthNewline(text: string, n: number): number {
  let at = -1
  for (let k = 0; k < n; k++) {
    at = text.indexOf('\n', at + 1)
    if (at === -1) return text.length
  }
  return at
}
