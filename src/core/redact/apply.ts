/**
 * Applying findings to text: each finding's span becomes `[REDACTED:<kind>]`
 * (a `private` span is removed), and every byte outside a finding stays.
 */

/** One thing to hide: the span `[start, end)` of the text, in UTF-16 units. */
export interface Finding {
  start: number
  end: number
  /** what it is: `aws`, `private-key`, `url-credentials`, `secret`, `jwt`, `github`, `password`, …, or `private` */
  kind: string
}

/** Text after redaction, with what was hidden. */
export interface Redaction {
  text: string
  /** the spans hidden, in the original text's coordinates, sorted and not overlapping */
  findings: Finding[]
  /** how many of each kind, e.g. `{aws: 2, jwt: 1}` */
  counts: Record<string, number>
}

/** The text that replaces a finding of `kind`. */
export const replacementFor = (kind: string): string => (kind === 'private' ? '' : `[REDACTED:${kind}]`)

/**
 * Merges overlapping or touching findings into one span: a span that takes in
 * a `private` one is removed whole, otherwise it keeps the most specific kind of its parts.
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const sorted = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: (Finding & {longest: number})[] = []
  for (const f of sorted) {
    const last = merged.at(-1)
    if (last && f.start < last.end) {
      if (f.kind === 'private' || (last.kind !== 'private' && better(f, last))) last.kind = f.kind
      last.longest = Math.max(last.longest, f.end - f.start)
      last.end = Math.max(last.end, f.end)
    } else merged.push({...f, longest: f.end - f.start})
  }
  return merged.map(({start, end, kind}) => ({start, end, kind}))
}

/** Kinds that say how a value was given, not what it is: `API_TOKEN=…`, `Authorization: Bearer …`. */
const GENERIC = new Set(['secret', 'authorization'])

/** A named kind beats a generic one; between two of a rank, the longer span wins. */
const better = (f: Finding, than: Finding & {longest: number}): boolean =>
  (GENERIC.has(than.kind) && !GENERIC.has(f.kind)) ||
  (GENERIC.has(f.kind) === GENERIC.has(than.kind) && f.end - f.start > than.longest)

/** Replaces each finding (merged first) in `text`; nothing else changes. */
export function applyFindings(text: string, findings: readonly Finding[]): Redaction {
  const merged = mergeFindings(findings)
  const counts: Record<string, number> = {}
  let out = ''
  let at = 0
  for (const f of merged) {
    out += text.slice(at, f.start) + replacementFor(f.kind)
    at = f.end
    counts[f.kind] = (counts[f.kind] ?? 0) + 1
  }
  return {text: merged.length === 0 ? text : out + text.slice(at), findings: merged, counts}
}

/** `counts` in words, e.g. `3 (aws 2, jwt 1)`; `0` when nothing was hidden. */
export function describeCounts(counts: Readonly<Record<string, number>>): string {
  const entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))
  const total = entries.reduce((n, [, c]) => n + c, 0)
  return total === 0 ? '0' : `${total} (${entries.map(([k, c]) => `${k} ${c}`).join(', ')})`
}
