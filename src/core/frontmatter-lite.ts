/**
 * A fast path for the frontmatter Baton itself writes: flat `key: scalar`
 * lines plus the `consumed:` map and the `parents:` list. Hooks start a fresh Node process each time,
 * and loading a YAML library costs more than the rest of the hook, so this
 * reader handles Baton's own format and returns `undefined` for anything else;
 * callers then fall back to gray-matter (see `src/io/handoff/docs.ts`).
 */
import type {HandoffDoc, HandoffMeta} from './frontmatter.ts'

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/
const NESTED = /^ {2}([A-Za-z_][A-Za-z0-9_-]*): (.*)$/
const PLAIN = /^[A-Za-z0-9/_.@+-][A-Za-z0-9/_.@+ :-]*$/
const SHA = /^[0-9a-f]{7,64}$/
const FLOATISH = /^\d+(?:[eE][-+]?\d+)?$/
const SPECIAL = /^(?:y|n|yes|no|on|off|null|~|true|false|\.inf|\.nan)$/i
const ITEM = /^ {2}- (.*)$/
/** A handoff file name (as `parents:` lists them): a string to YAML too, though it starts with a date. */
const HANDOFF_NAME = /^\d{4}-\d{2}-\d{2}_\d{6}_[a-z0-9][a-z0-9-]*(?:_done(?:-\d+)?)?\.md$/

/** A YAML scalar Baton writes, or `undefined` when it is beyond this reader. */
function scalar(text: string): string | number | boolean | undefined {
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) return undefined
    const inner = text.slice(1, -1)
    return /'(?!')/.test(inner.replace(/''/g, '')) ? undefined : inner.replace(/''/g, "'")
  }
  if (text.startsWith('"')) {
    const inner = text.slice(1, -1)
    return text.length >= 2 && text.endsWith('"') && !/["\\]/.test(inner) ? inner : undefined
  }
  if (text === 'true') return true
  if (text === 'false') return false
  if (/^(?:0|[1-9]\d{0,14})$/.test(text)) return Number(text)
  if (HANDOFF_NAME.test(text)) return text
  if (!PLAIN.test(text) || SPECIAL.test(text) || text.includes(': ') || text.endsWith(':')) return undefined
  // A leading digit could be a YAML number or date; commit shas are the one case worth a fast path.
  if (/^[\d.+-]/.test(text) && !(SHA.test(text) && !FLOATISH.test(text))) return undefined
  return text
}

function split(raw: string): {head: string[]; body: string; close: number} | undefined {
  if (!raw.startsWith('---\n')) return undefined
  const close = raw.indexOf('\n---', 3)
  if (close === -1) return undefined
  const after = raw.slice(close + 4)
  if (after !== '' && !after.startsWith('\n')) return undefined
  return {head: raw.slice(4, close).split('\n'), body: after.replace(/^\n/, '').replace(/^\r?\n/, ''), close}
}

/** Parses Baton's own frontmatter, or returns `undefined` when a YAML library is needed. */
export function parseLite(raw: string): HandoffDoc | undefined {
  if (raw.includes('\r')) return undefined
  const parts = split(raw)
  if (!parts) return undefined
  const meta: HandoffMeta = {}
  let map: Record<string, unknown> | undefined
  // A key with no value opens a map (`consumed:`) or, when `  - ` items follow, a list (`parents:`).
  let list: unknown[] | undefined
  let open: string | undefined
  for (const line of parts.head) {
    const item = ITEM.exec(line)
    if (item && open !== undefined && (list || (map && Object.keys(map).length === 0))) {
      const v = scalar(item[1]!)
      if (v === undefined) return undefined
      if (!list) meta[open] = list = []
      map = undefined
      list.push(v)
      continue
    }
    const nested = NESTED.exec(line)
    if (nested && map && !list) {
      const v = scalar(nested[2]!)
      if (v === undefined) return undefined
      map[nested[1]!] = v
      continue
    }
    const m = KEY.exec(line)
    if (!m || Object.hasOwn(meta, m[1]!)) return undefined
    list = undefined
    open = undefined
    if (m[2] === undefined || m[2] === '') {
      map = {}
      meta[m[1]!] = map
      open = m[1]
      continue
    }
    map = undefined
    const v = scalar(m[2])
    if (v === undefined) return undefined
    meta[m[1]!] = v
  }
  return {meta, body: parts.body}
}

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`

/**
 * Adds `consumed: {at, by}` to Baton's own frontmatter without a YAML library,
 * or returns `undefined` when the text needs the full parser.
 */
export function markConsumedLite(raw: string, at: string, by: string): string | undefined {
  const doc = parseLite(raw)
  const parts = split(raw)
  if (!doc || !parts || doc.meta.consumed !== undefined) return undefined
  return `${raw.slice(0, parts.close)}\nconsumed:\n  at: ${quote(at)}\n  by: ${quote(by)}${raw.slice(parts.close)}`
}
