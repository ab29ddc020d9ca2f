/** A project's `docs/SESSION-HANDOFF.md` (DESIGN §2): shown on resume, never renamed or changed. */
import {readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'

/** The text of a project's `docs/SESSION-HANDOFF.md`, read-only, or `undefined`. */
export function projectHandoff(root: string): {path: string; text: string} | undefined {
  const path = join(root, 'docs', 'SESSION-HANDOFF.md')
  try {
    if (!statSync(path).isFile()) return undefined
    return {path, text: readFileSync(path, 'utf8')}
  } catch {
    return undefined
  }
}
