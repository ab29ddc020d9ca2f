/**
 * The text Claude Code loads from `MEMORY.md` before it applies its limits:
 * front matter and HTML comments dropped, as both 2.1.197 and the newest
 * version do (read from their code; see docs/memory.md). Each character of
 * the result remembers where it came from in the file, so that a cut can be
 * named in the file's own line numbers.
 */

/**
 * Claude Code's front matter pattern, verbatim: `---`, anything, then the first
 * later `---` (even inside a line), then any whitespace, blank lines included.
 */
const FRONT_MATTER = /^---\s*\n([\s\S]*?)---\s*\n?/

/** A span `[start, end)` of the text handed to a {@link CommentFinder}. */
export interface Span {
  start: number
  end: number
}

/**
 * Finds the HTML blocks at the top level of a markdown text (LF line endings)
 * whose text, leading spaces dropped, starts with `<!--` and contains `-->`.
 * Each span runs from the start of the block's first line to the end of its
 * last line, without the line break. The markdown parser lives behind this
 * callback (comments.ts), so that a file without `<!--` never loads one.
 */
export type CommentFinder = (text: string) => Span[]

/** Which Claude Code to model: `latest` (2.1.330 and later) or `2.1.197`; they differ only in rare files. */
export type ClaudeFlavor = 'latest' | '2.1.197'

/** The loaded text and, for each of its characters, its offset in the file. */
export interface LoadedText {
  text: string
  origin: Int32Array
}

const COMMENT = /<!--[\s\S]*?-->/g

/** Appends `text.slice(from, to)` (offsets into the original) to the parts. */
class Builder {
  parts: string[] = []
  origins: Int32Array[] = []
  length = 0
  add(piece: string, origin: Int32Array): void {
    if (piece === '') return
    this.parts.push(piece)
    this.origins.push(origin)
    this.length += piece.length
  }
  done(): LoadedText {
    const origin = new Int32Array(this.length)
    let at = 0
    for (const o of this.origins) {
      origin.set(o, at)
      at += o.length
    }
    return {text: this.parts.join(''), origin}
  }
}

const range = (from: number, to: number): Int32Array => {
  const out = new Int32Array(Math.max(0, to - from))
  for (let i = 0; i < out.length; i++) out[i] = from + i
  return out
}

/** `text` with `\r\n` and lone `\r` made `\n`, and where each character came from. */
function normalize(text: string, base: number): LoadedText {
  const b = new Builder()
  let start = 0
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', start)) {
    b.add(text.slice(start, i), range(base + start, base + i))
    b.add('\n', Int32Array.of(base + i))
    start = text[i + 1] === '\n' ? i + 2 : i + 1
  }
  b.add(text.slice(start), range(base + start, base + text.length))
  return b.done()
}

/**
 * What Claude Code hands to its 200-line / 25,000-character cut: the file
 * without its front matter and without its top-level HTML comment blocks.
 * A comment block goes together with the line breaks that follow it; what
 * else stands on its lines stays. Once a comment is dropped, line endings are
 * `\n` (2.1.197 makes them so as soon as the text holds `<!--`).
 *
 * @param text the whole `MEMORY.md`
 * @param comments finds comment blocks; needed only when the text holds `<!--`
 * @param [flavor='latest'] which Claude Code
 * @throws TypeError when the text holds `<!--` and no finder is given
 */
export function loadedText(text: string, comments?: CommentFinder, flavor: ClaudeFlavor = 'latest'): LoadedText {
  // The newest version drops a byte order mark before it looks for front matter; 2.1.197 does not.
  const bom = flavor === 'latest' && text.charCodeAt(0) === 0xfeff ? 1 : 0
  const fm = FRONT_MATTER.exec(text.slice(bom))
  const base = fm ? bom + fm[0].length : 0
  const body = text.slice(base)
  if (!body.includes('<!--')) return {text: body, origin: range(base, text.length)}
  if (!comments) throw new TypeError('Expected a comment finder: the text holds `<!--`')
  const norm = normalize(body, base)
  const spans = comments(norm.text)
  if (spans.length === 0 && flavor === 'latest') return {text: body, origin: range(base, text.length)}
  const b = new Builder()
  let at = 0
  for (const span of spans) {
    let end = span.end
    while (norm.text[end] === '\n') end++
    const rest = norm.text.slice(span.start, end).replace(COMMENT, '')
    b.add(norm.text.slice(at, span.start), norm.origin.subarray(at, span.start))
    if (rest.trim() !== '') {
      // What stands beside the comments stays; its characters come from outside them.
      const keep = keptOrigins(norm, span.start, end)
      b.add(rest, keep)
    }
    at = end
  }
  b.add(norm.text.slice(at), norm.origin.subarray(at))
  return b.done()
}

/** The origins of the characters of `norm.text.slice(start, end)` that lie outside its comments. */
function keptOrigins(norm: LoadedText, start: number, end: number): Int32Array {
  const piece = norm.text.slice(start, end)
  const out: number[] = []
  let at = 0
  for (const m of piece.matchAll(COMMENT)) {
    for (let i = at; i < m.index; i++) out.push(norm.origin[start + i]!)
    at = m.index + m[0].length
  }
  for (let i = at; i < piece.length; i++) out.push(norm.origin[start + i]!)
  return Int32Array.from(out)
}
