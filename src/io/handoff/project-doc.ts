/** A project's `docs/SESSION-HANDOFF.md` (design.md §2): shown on resume, never renamed or changed. */
import {join} from 'node:path'
import {BatonError} from '../../core/errors.ts'
import {readUntrusted} from '../toolkit/untrusted.ts'

/** Largest `SESSION-HANDOFF.md` shown (the resume budget is far smaller anyway). */
const MAX_PROJECT_DOC = 1024 * 1024

/**
 * The text of a project's `docs/SESSION-HANDOFF.md`, read-only, or `undefined`
 * when there is none. The file is data from the repository: it is read only
 * when it is a regular file (a symlink only when it points inside the
 * repository) under 1 MiB; otherwise `warning` says why it was not shown.
 */
export function projectHandoff(root: string): {path: string; text: string; warning?: string} | undefined {
  const path = join(root, 'docs', 'SESSION-HANDOFF.md')
  try {
    const file = readUntrusted(path, {within: root, maxBytes: MAX_PROJECT_DOC})
    return file && {path, text: file.bytes.toString('utf8')}
  } catch (error) {
    const why =
      error instanceof BatonError
        ? `${error.message}; ${error.hint ?? ''}`
        : `${path} cannot be read (${(error as {code?: string}).code ?? 'EIO'})`
    return {path, text: '', warning: `baton: project notes not shown: ${why}`}
  }
}
