/** Human wording for `baton memory check` and the SessionStart warning. */
import type {MemoryCheck} from './limits.ts'

const n = (value: number): string => value.toLocaleString('en-US')
const range = (from: number, to: number): string => (from === to ? `line ${from}` : `lines ${from}–${to}`)

/** Why Claude Code cuts the file: `over the 200-line limit`, … */
export function overWhat(check: MemoryCheck): string {
  const parts = [
    ...(check.overLines ? [`the ${n(check.maxLines)}-line limit`] : []),
    ...(check.overChars ? [`the ${n(check.maxChars)}-character limit`] : [])
  ]
  return `over ${parts.join(' and ')}`
}

/**
 * Says exactly which lines Claude Code cannot see, in one paragraph.
 *
 * @param file the path to name
 */
export function describeCheck(file: string, check: MemoryCheck): string {
  const size = `${n(check.lines)} lines, ${n(check.chars)} characters`
  if (check.fits) {
    return (
      `${file}: ${size}. Claude Code loads all of it ` +
      `(limits: ${n(check.maxLines)} lines, ${n(check.maxChars)} characters).`
    )
  }
  const hidden =
    `${range(check.firstHiddenLine!, check.lastLine)} ` +
    `(${n(check.hiddenLines)} line${check.hiddenLines === 1 ? '' : 's'}, ${n(check.hiddenChars)} characters)`
  const seen = check.lastVisibleLine > 0 ? `loads only ${range(1, check.lastVisibleLine)} and ` : ''
  const part = check.partial
    ? ` Line ${check.partial.line} is loaded only up to character ${n(check.partial.visibleChars)}.`
    : ''
  return (
    `${file}: ${size}, ${overWhat(check)}. Claude Code ${seen}cannot see ${hidden}: ` +
    `that text is silently invisible at session start.${part}`
  )
}

/**
 * The one-line SessionStart warning, or `undefined` when everything is
 * visible. It starts with `baton: MEMORY.md`.
 */
export function memoryWarning(file: string, check: MemoryCheck): string | undefined {
  if (check.fits) return undefined
  return (
    `baton: MEMORY.md is ${overWhat(check)}: Claude cannot see ${range(check.firstHiddenLine!, check.lastLine)} ` +
    `(${n(check.hiddenLines)} line${check.hiddenLines === 1 ? '' : 's'}) of ${file}. ` +
    'Run /baton:memory-split to move sections into topic files.'
  )
}
