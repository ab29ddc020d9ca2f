/**
 * Search queries (design.md §15): words and quoted phrases, matched
 * case-insensitively as whole words. Pure.
 */
import {usageError} from '../errors.ts'

/** One term of a query: a word, or a phrase of several words. */
export interface Term {
  /** the term as typed (quotes removed) */
  text: string
  /** matches the term as a whole word, case-insensitively; global, so each match can be found */
  pattern: RegExp
  /** its words lower-cased: a note whose lower-cased text lacks one cannot match (a cheap first test) */
  words: string[]
}

/**
 * The query's words, lower-cased, each once: every one occurs in the
 * lower-cased text of a note that matches (a test cheaper than matching).
 */
export function queryWords(query: Readonly<Query>): string[] {
  return [...new Set(query.terms.flatMap((t) => t.words))]
}

/** A parsed query: every term must match. */
export interface Query {
  terms: Term[]
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A letter, digit or `_`: what a word is made of. */
const WORD = '[\\p{L}\\p{N}\\p{M}_]'

function term(text: string): Term {
  const words = text.split(/\s+/u).filter(Boolean)
  const body = words.map(escape).join('\\s+')
  // The bounds apply only where the term itself starts or ends with a word character.
  const before = /^[\p{L}\p{N}\p{M}_]/u.test(words[0]!) ? `(?<!${WORD})` : ''
  const after = /[\p{L}\p{N}\p{M}_]$/u.test(words.at(-1)!) ? `(?!${WORD})` : ''
  const pattern = new RegExp(`${before}${body}${after}`, 'giu')
  return {text: words.join(' '), pattern, words: words.map((w) => w.toLowerCase())}
}

/**
 * The longest query, in UTF-16 units: far above what a person searches for, and far below
 * what makes a phrase's pattern too large for the regular expression engine (5,000 words).
 */
export const QUERY_LIMIT = 1000

/**
 * Parses `QUERY`: white space separates words, `"…"` groups a phrase (its
 * words in order, any white space between them). An unclosed quote runs to the end.
 *
 * @throws BatonError `EUSAGE` when the query holds no word, or is over {@link QUERY_LIMIT} long
 */
export function parseQuery(input: string): Query {
  if (input.length > QUERY_LIMIT)
    throw usageError(
      `the search query is ${input.length} characters long, over the ${QUERY_LIMIT} a query may have`,
      'search for a few distinctive words or a shorter phrase'
    )
  const terms: Term[] = []
  const re = /"([^"]*)"?|([^\s"]+)/gu
  for (let m = re.exec(input); m !== null; m = re.exec(input)) {
    const text = (m[1] ?? m[2] ?? '').trim()
    if (text !== '') terms.push(term(text))
  }
  if (terms.length === 0)
    throw usageError('the search query is empty', 'give words or a quoted phrase: baton handoff search "retry policy"')
  return {terms}
}

/** A stretch of text a term matched: `[start, end)` in UTF-16 units. */
export type Range = readonly [number, number]

/**
 * Where `query` matches `text`: every match of every term, in order of
 * position, or `undefined` when a term does not occur (all must).
 */
export function matchRanges(text: string, query: Readonly<Query>, lower = text.toLowerCase()): Range[] | undefined {
  const ranges: Range[] = []
  for (const t of query.terms) {
    if (!t.words.every((w) => lower.includes(w))) return undefined
    const before = ranges.length
    t.pattern.lastIndex = 0
    for (let m = t.pattern.exec(text); m !== null; m = t.pattern.exec(text)) {
      ranges.push([m.index, m.index + m[0].length])
      if (m[0].length === 0) t.pattern.lastIndex++
    }
    if (ranges.length === before) return undefined
  }
  return ranges.sort((a, b) => a[0] - b[0])
}
