/** Redaction of a text from its findings: Baton's rules, `<private>` spans, and findings from elsewhere (secretlint). */
import {applyFindings, type Finding, type Redaction} from './apply.ts'
import {isExample} from './allow.ts'
import {privateSpans} from './private.ts'
import {ruleFindings} from './rules.ts'

/**
 * Redacts `text`: `<private>` spans are removed and each credential found by
 * Baton's rules or given in `extra` becomes `[REDACTED:<kind>]`. Findings
 * whose text is a documented example key are dropped. Every other character
 * is kept as it is.
 *
 * @param extra findings of another detector over the same text (e.g. secretlint)
 */
export function redactWith(text: string, extra: readonly Finding[] = []): Redaction {
  const found = [...privateSpans(text), ...ruleFindings(text), ...extra]
  return applyFindings(text, found.filter((f) => f.kind === 'private' || !isExample(text.slice(f.start, f.end))))
}
