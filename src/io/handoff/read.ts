/** Reading one handoff in full, with gray-matter (not for the hook hot path: see docs.ts). */
import {parseHandoff, type HandoffDoc} from '../../core/frontmatter.ts'
import {readIfExists} from '../toolkit/untrusted.ts'

/**
 * Reads and parses one handoff; `undefined` when it vanished (claimed meanwhile).
 *
 * @throws BatonError when it cannot be read (see `readHandoffFile`)
 */
export function readHandoff(path: string): (HandoffDoc & {raw: string; mtimeMs: number}) | undefined {
  const file = readIfExists(path, 'untrusted')
  if (!file) return undefined
  const raw = file.bytes.toString('utf8')
  return {...parseHandoff(raw), raw, mtimeMs: file.mtimeMs}
}
