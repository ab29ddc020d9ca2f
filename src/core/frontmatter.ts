/**
 * Handoff frontmatter (design.md §3), read and written with gray-matter.
 * gray-matter caches by raw text when called without options, so it is always
 * called with options (see STYLE.md, "Library pitfalls").
 *
 * Everything read is data: front matter is YAML only, parsed by js-yaml's safe
 * schema (no functions, no code). gray-matter would otherwise evaluate
 * `---js` / `---javascript` blocks, so any language tag other than `yaml`
 * makes the file a malformed handoff: shown as text with a warning, never run.
 */
import matter from 'gray-matter'

/** Frontmatter fields Baton writes. Unknown fields are kept as they are. */
export interface HandoffMeta {
  baton?: number
  created?: string
  session?: string
  project?: string
  branch?: string
  commit?: string
  dirty?: number
  host?: string
  auto?: boolean
  consumed?: {at?: string; by?: string}
  [key: string]: unknown
}

/** A handoff split into frontmatter and body. */
export interface HandoffDoc {
  meta: HandoffMeta
  body: string
  /** Set when the frontmatter could not be read; `body` is then the whole text. */
  error?: string
}

const iso = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value)

const refuse = (): never => {
  throw new Error('only YAML front matter is read')
}

/**
 * gray-matter options that can only ever run the YAML engine (js-yaml
 * `safeLoad`): every other engine it knows throws, whatever alias names it.
 */
const SAFE = {
  language: 'yaml',
  engines: {
    javascript: {parse: refuse},
    js: {parse: refuse},
    coffee: {parse: refuse},
    coffeescript: {parse: refuse},
    cson: {parse: refuse},
    json: {parse: refuse}
  }
}

/**
 * The most front matter read, in UTF-16 units: Baton writes under 1 KB. A longer block (a
 * note may come from anywhere) is not given to the YAML parser at all.
 */
const FRONT_MATTER_LIMIT = 64 * 1024

/**
 * The language tag after the opening `---` (as gray-matter would read it), or
 * `undefined` when `raw` has no front matter. `''` means untagged (YAML).
 */
function frontMatterLanguage(raw: string): string | undefined {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw // gray-matter strips a BOM first
  if (!text.startsWith('---') || text.charAt(3) === '-') return undefined
  const end = text.search(/\r?\n/)
  return (end === -1 ? text.slice(3) : text.slice(3, end)).trim()
}

/**
 * Parses a handoff; never throws and never runs code. A broken frontmatter,
 * or one tagged with any language but YAML, yields `error` and the raw text as body.
 */
export function parseHandoff(raw: string): HandoffDoc {
  const language = frontMatterLanguage(raw)
  if (language !== undefined && !/\n---/.test(raw.slice(0, FRONT_MATTER_LIMIT))) {
    const error = `front matter not closed within ${FRONT_MATTER_LIMIT / 1024} KB: shown as text, never parsed`
    return {meta: {}, body: raw, error}
  }
  if (language !== undefined && language !== '' && !/^(?:yaml|yml)$/i.test(language)) {
    const tag = JSON.stringify(language.slice(0, 40))
    return {meta: {}, body: raw, error: `front matter tagged ${tag} is not YAML: shown as text, never evaluated`}
  }
  try {
    const file = matter(raw, SAFE)
    if (file.data === null || typeof file.data !== 'object' || Array.isArray(file.data))
      throw new Error('front matter is not a map of keys')
    const data = {...(file.data as HandoffMeta)}
    if (data.created !== undefined) data.created = iso(data.created) as string
    if (data.consumed && typeof data.consumed === 'object') {
      data.consumed = {...data.consumed, at: iso(data.consumed.at) as string | undefined}
    }
    return {meta: data, body: file.content.replace(/^\r?\n/, '')}
  } catch (error) {
    return {
      meta: {},
      body: raw,
      error: `unreadable frontmatter: ${String((error as Error)?.message ?? error).split('\n')[0]}`
    }
  }
}

/**
 * Renders frontmatter plus body; the body always ends with one newline. The
 * body is text: a body that opens with its own `---` block stays in the body.
 */
export function renderHandoff(meta: Readonly<HandoffMeta>, body: string): string {
  const clean = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined))
  const text = body.replace(/^\s*\n/, '').replace(/\s*$/, '\n')
  return matter.stringify(`\n${text}`, clean, {})
}

/**
 * Returns `raw` with `consumed: {at, by}` recorded. When the frontmatter is
 * unreadable the text is returned unchanged, so no content is ever lost.
 */
export function markConsumed(raw: string, at: string, by: string): string {
  const doc = parseHandoff(raw)
  if (doc.error !== undefined) return raw
  return renderHandoff({...doc.meta, consumed: {at, by}}, doc.body)
}
