/** Redaction of a text: Baton's rules, `<private>` spans, and findings from elsewhere (secretlint). */
import {applyFindings, type Finding, type Redaction} from './apply.ts'
import {isExample, isPlaceholder} from './allow.ts'
import {privateSpans} from './private.ts'
import {ruleFindings} from './rules.ts'

/** A redaction already made: a finding on it is about the marker, so text redacted once is left as it is. */
const MARKER = /\[REDACTED:[a-z0-9-]+\]/g

/**
 * Redacts `text`: `<private>` spans are removed and each credential found by
 * Baton's rules or given in `extra` becomes `[REDACTED:<kind>]`. Findings
 * whose text is a documented example key or a placeholder, or that touch a `[REDACTED:…]`
 * marker, are dropped (redacting twice changes nothing). Every other character
 * is kept as it is.
 *
 * @param extra findings of another detector over the same text (e.g. secretlint)
 */
export function redactWith(text: string, extra: readonly Finding[] = []): Redaction {
  const markers = [...text.matchAll(MARKER)].map((m) => [m.index, m.index + m[0].length] as const)
  const onMarker = (f: Finding): boolean => markers.some(([s, e]) => f.start < e && s < f.end)
  const allowed = (value: string): boolean => isExample(value) || isPlaceholder(value)
  const keep = (f: Finding): boolean => f.kind === 'private' || !(allowed(text.slice(f.start, f.end)) || onMarker(f))
  return applyFindings(text, [...privateSpans(text), ...ruleFindings(text), ...extra].filter(keep))
}
