/**
 * What Claude Code can see of `MEMORY.md`, computed the way Claude Code 2.1.x
 * loads it: the text is trimmed, cut to its first 200 lines, and that is cut
 * again at the last newline before 25,000 characters (UTF-16 code units). No
 * markdown parser is needed, so this is cheap enough for every SessionStart.
 */

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

const countNewlines = (text: string, end: number): number => {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++
  return n
}

/**
 * Reports which lines of `text` Claude Code loads and which it silently drops.
 *
 * @param text the whole `MEMORY.md`
 * @param [options.maxLines=200] line limit
 * @param [options.maxChars=25000] character limit
 */
export function checkMemory(text: string, options: Readonly<{maxLines?: number; maxChars?: number}> = {}): MemoryCheck {
  const maxLines = options.maxLines ?? MEMORY_LIMITS.lines
  const maxChars = options.maxChars ?? MEMORY_LIMITS.chars
  if (!Number.isInteger(maxLines) || maxLines < 1) throw new TypeError('Expected `maxLines` to be a whole number >= 1')
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new TypeError('Expected `maxChars` to be a whole number >= 1')
  const lead = text.length - text.trimStart().length
  const trimmed = text.trim()
  const lineList = trimmed === '' ? [] : trimmed.split('\n')
  const lines = lineList.length
  const chars = trimmed.length
  const overLines = lines > maxLines
  const overChars = chars > maxChars
  const firstLine = countNewlines(text, lead) + 1
  const lastLine = trimmed === '' ? 0 : firstLine + lines - 1
  let visible = overLines ? lineList.slice(0, maxLines).join('\n') : trimmed
  let partial: MemoryCheck['partial']
  if (visible.length > maxChars) {
    const cut = visible.lastIndexOf('\n', maxChars)
    visible = visible.slice(0, cut > 0 ? cut : maxChars)
    if (cut <= 0) partial = {line: firstLine, visibleChars: maxChars}
  }
  const fits = !overLines && !overChars
  const visibleLines = visible === '' ? 0 : countNewlines(visible, visible.length) + 1
  const lastVisibleLine = fits ? lastLine : partial ? firstLine - 1 : firstLine + visibleLines - 1
  return {
    lines,
    chars,
    maxLines,
    maxChars,
    fits,
    overLines,
    overChars,
    lastVisibleLine,
    firstHiddenLine: fits ? undefined : lastVisibleLine + 1,
    lastLine,
    hiddenLines: fits ? 0 : lastLine - lastVisibleLine,
    hiddenChars: chars - visible.length,
    partial
  }
}
