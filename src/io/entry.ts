/** Reading one handoff in full, with gray-matter (not for the hook hot path: see docs.ts). */
import {readFileSync, statSync} from 'node:fs'
import {hasCode} from '../core/errors.ts'
import {parseHandoff, type HandoffDoc} from '../core/frontmatter.ts'
import {fsError} from './store.ts'

/** Reads and parses one handoff; `undefined` when it vanished (claimed meanwhile). */
export function readEntry(path: string): (HandoffDoc & {raw: string; mtimeMs: number}) | undefined {
  try {
    const raw = readFileSync(path, 'utf8')
    return {...parseHandoff(raw), raw, mtimeMs: statSync(path).mtimeMs}
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return undefined
    throw fsError(error, 'read', path)
  }
}
