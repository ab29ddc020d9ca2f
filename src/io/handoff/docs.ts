/**
 * Reading and marking handoffs on the hot path: Baton's own frontmatter is
 * read without a YAML library; anything else loads gray-matter on demand.
 */
import {isUtf8} from 'node:buffer'
import {parseLite, markConsumedLite} from '../../core/frontmatter-lite.ts'
import type {HandoffDoc} from '../../core/frontmatter.ts'

type Full = typeof import('../../core/frontmatter.ts')
let full: Full | undefined
const loadFull = async (): Promise<Full> => (full ??= await import('../../core/frontmatter.ts'))

/** Parses a handoff; never throws (see `parseHandoff`). */
export async function parseDoc(raw: string): Promise<HandoffDoc> {
  return parseLite(raw) ?? (await loadFull()).parseHandoff(raw)
}

/** `raw` with `consumed: {at, by}` recorded (see `markConsumed`). */
async function consumeDoc(raw: string, at: string, by: string): Promise<string> {
  return markConsumedLite(raw, at, by) ?? (await loadFull()).markConsumed(raw, at, by)
}

/**
 * `bytes` with `consumed: {at, by}` recorded, every other byte kept. Text that
 * is not valid UTF-8 is never decoded and re-encoded (that would replace the
 * invalid bytes with U+FFFD): Baton's own frontmatter gets the record inserted
 * byte for byte, and anything else is copied unchanged (the `_done` name
 * already says it was consumed).
 */
export async function consumeBytes(bytes: Buffer, at: string, by: string): Promise<Buffer> {
  if (isUtf8(bytes)) return Buffer.from(await consumeDoc(bytes.toString('utf8'), at, by), 'utf8')
  const ascii = /^[\x20-\x7e]*$/
  const marked = ascii.test(at) && ascii.test(by) ? markConsumedLite(bytes.toString('latin1'), at, by) : undefined
  return marked === undefined ? bytes : Buffer.from(marked, 'latin1')
}
