/**
 * Keeping a note inside its fence. Resume output wraps each note in
 * `<handoff …>…</handoff>` inside `<handoffs>…</handoffs>`; a note that could
 * write a closing tag (or open a fake note) could end its fence early and
 * speak outside it. Models read lookalikes as tags too, so tags are found on a
 * normalised copy (NFKC, Unicode's confusables of `<`, `/` and the tags' letters,
 * invisible characters, combining marks and white space removed) and neutralised
 * in the original text, which is otherwise unchanged.
 */
import {LOOKALIKES} from './confusables.ts'

/** Each lookalike (confusables.txt) and the character it passes for; made on first use (hooks start fast). */
let prototypes: Map<string, string> | undefined
function prototype(c: string): string {
  prototypes ??= new Map(Object.entries(LOOKALIKES).flatMap(([p, chars]) => [...chars].map((l) => [l, p] as const)))
  return prototypes.get(c) ?? c
}

/**
 * `<` and what reads as `<`: the two characters NFKC maps to it (U+FE64,
 * U+FF1C), its confusables and other angle brackets (〈 〈 ⟨).
 */
const LT = new RegExp(`[<\uFE64\uFF1C\u2329\u3008\u27E8${LOOKALIKES['<']}]`, 'gu')
/** Tag names the resume output uses, after the `<` (and any `/`). */
const TAG = /^\/?(?:handoffs?|omitted)/i
/** Characters a reader does not see, or that a normaliser may drop. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}\s]/gu
/** How far past a `<` to look, in UTF-16 units (long runs of invisible characters included). */
const LOOKAHEAD = 512

/**
 * The next few visible characters after `from`, NFKC-normalised, each lookalike as what it
 * passes for; `first` tells which comes first (ſ is an `s` to NFKC, an `f` to the eye).
 */
function folded(text: string, from: number, first: 'nfkc' | 'lookalike'): string {
  let s = ''
  for (const c of text.slice(from, from + LOOKAHEAD)) {
    const n = (first === 'nfkc' ? c : prototype(c)).normalize('NFKC').replace(INVISIBLE, '')
    for (const d of n) s += prototype(d)
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
  const tag = (at: number): boolean => TAG.test(folded(text, at, 'nfkc')) || TAG.test(folded(text, at, 'lookalike'))
  return text.replace(LT, (lt: string, at: number) => (tag(at + lt.length) ? `${lt}\\` : lt))
}
