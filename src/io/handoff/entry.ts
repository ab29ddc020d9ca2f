/** Reading one handoff in full, with gray-matter (not for the hook hot path: see docs.ts). */
import {parseHandoff, type HandoffDoc} from '../../core/frontmatter.ts'
import {readHandoffFile} from './store.ts'

/**
 * Reads and parses one handoff; `undefined` when it vanished (claimed meanwhile).
 *
 * @throws BatonError when it cannot be read (see `readHandoffFile`)
 */
export function readEntry(path: string): (HandoffDoc & {raw: string; mtimeMs: number}) | undefined {
  const file = readHandoffFile(path)
  if (!file) return undefined
  const raw = file.bytes.toString('utf8')
  return {...parseHandoff(raw), raw, mtimeMs: file.mtimeMs}
}
