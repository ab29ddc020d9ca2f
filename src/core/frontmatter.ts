/**
 * Handoff frontmatter (DESIGN §3), read and written with gray-matter.
 * gray-matter caches by raw text when called without options, so it is always
 * called with `{}` (see STYLE.md, "Library pitfalls").
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

/** Parses a handoff; never throws. A broken frontmatter yields `error` and the raw text as body. */
export function parseHandoff(raw: string): HandoffDoc {
  try {
    const file = matter(raw, {})
    const data = {...(file.data as HandoffMeta)}
    if (data.created !== undefined) data.created = iso(data.created) as string
    if (data.consumed && typeof data.consumed === 'object') {
      data.consumed = {...data.consumed, at: iso(data.consumed.at) as string | undefined}
    }
    return {meta: data, body: file.content.replace(/^\r?\n/, '')}
  } catch (error) {
    return {meta: {}, body: raw, error: `unreadable frontmatter: ${(error as Error).message.split('\n')[0]}`}
  }
}

/** Renders frontmatter plus body; the body always ends with one newline. */
export function renderHandoff(meta: Readonly<HandoffMeta>, body: string): string {
  const clean = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined))
  const text = body.replace(/^\s*\n/, '').replace(/\s*$/, '\n')
  return matter.stringify(`\n${text}`, clean)
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
