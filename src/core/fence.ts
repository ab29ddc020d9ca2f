/**
 * Keeping a note inside its fence. Resume output wraps each note in
 * `<handoff …>…</handoff>` inside `<handoffs>…</handoffs>`; a note that could
 * write a closing tag (or open a fake note) could end its fence early and
 * speak outside it. Models read lookalikes as tags too, so tags are found on a
 * normalised copy (NFKC, invisible characters, combining marks and white space
 * removed) and neutralised in the original text, which is otherwise unchanged.
 */

/**
 * `<` and what reads as `<`: the two characters NFKC maps to it (U+FE64,
 * U+FF1C) and common visual lookalikes (˂ ‹ 〈 〈 ⟨ ❮ ᐸ).
 */
const LT = /[<\uFE64\uFF1C\u02C2\u2039\u2329\u3008\u27E8\u276E\u1438]/g
/** Tag names the resume output uses, after the `<` (and any `/`). */
const TAG = /^\/?(?:handoffs?|omitted)/i
/** Characters a reader does not see, or that a normaliser may drop. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}\s]/gu
/** How far past a `<` to look, in UTF-16 units (long runs of invisible characters included). */
const LOOKAHEAD = 512

/** The next few visible characters after `from`, NFKC-normalised. */
function folded(text: string, from: number): string {
  let s = ''
  for (const c of text.slice(from, from + LOOKAHEAD)) {
    s += c.normalize('NFKC').replace(INVISIBLE, '')
    if (s.length >= 12) break
  }
  return s
}

/**
 * `text` with every opening or closing `handoff`, `handoffs` or `omitted` tag
 * neutralised by a backslash after its `<`: `</handoff>` becomes `<\/handoff>`,
 * and so do `</ HANDOFFS >`, `</hand\u200Doff>` and `＜/handoff＞`. Pure.
 */
export function neutraliseFence(text: string): string {
  return text.replace(LT, (lt: string, at: number) => (TAG.test(folded(text, at + lt.length)) ? `${lt}\\` : lt))
}
