/**
 * Keeping a note inside its fence. Resume output wraps each note in
 * `<handoff …>…</handoff>` inside `<handoffs>…</handoffs>`; a note that could
 * write a closing tag (or open a fake note) could end its fence early and
 * speak outside it. Models read lookalikes as tags too, so tags are found on a
 * normalised copy (NFKC, invisible characters, combining marks and white space
 * removed) and neutralised in the original text, which is otherwise unchanged.
 */

/** Tag names the resume output uses, after the `<` (and any `/`). */
const TAG = /^\/?(?:handoffs?|omitted)/i
/** Characters a reader does not see, or that a normaliser may drop. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}\s]/gu
/** How far past a `<` to look, in code points (invisible runs included). */
const LOOKAHEAD = 256

const isLt = (c: string): boolean => c === '<' || (c.charCodeAt(0) > 0x7f && c.normalize('NFKC') === '<')

function folded(chars: readonly string[], from: number): string {
  let s = ''
  for (let j = from; j < chars.length && j - from < LOOKAHEAD && s.length < 12; j++) {
    s += chars[j]!.normalize('NFKC').replace(INVISIBLE, '')
  }
  return s
}

/**
 * `text` with every opening or closing `handoff`, `handoffs` or `omitted` tag
 * neutralised by a backslash after its `<`: `</handoff>` becomes `<\/handoff>`,
 * and so do `</ HANDOFFS >`, `</hand\u200Doff>` and `＜/handoff＞`. Pure.
 */
export function neutraliseFence(text: string): string {
  if (!/[<\u0080-\uFFFF]/.test(text)) return text
  const chars = Array.from(text)
  let out = ''
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!
    out += c
    if (isLt(c) && TAG.test(folded(chars, i + 1))) out += '\\'
  }
  return out
}
