/**
 * Reading and marking handoffs on the hot path: Baton's own frontmatter is
 * read without a YAML library; anything else loads gray-matter on demand.
 */
import {parseLite, markConsumedLite} from '../core/frontmatter-lite.ts'
import type {HandoffDoc} from '../core/frontmatter.ts'

type Full = typeof import('../core/frontmatter.ts')
let full: Full | undefined
const loadFull = async (): Promise<Full> => (full ??= await import('../core/frontmatter.ts'))

/** Parses a handoff; never throws (see `parseHandoff`). */
export async function parseDoc(raw: string): Promise<HandoffDoc> {
  return parseLite(raw) ?? (await loadFull()).parseHandoff(raw)
}

/** `raw` with `consumed: {at, by}` recorded (see `markConsumed`). */
export async function consumeDoc(raw: string, at: string, by: string): Promise<string> {
  return markConsumedLite(raw, at, by) ?? (await loadFull()).markConsumed(raw, at, by)
}
