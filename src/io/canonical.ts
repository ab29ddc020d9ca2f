/** Canonical file paths, so that one file reached by two paths (a symlinked `$CLAUDE_HOME`) is claimed once. */
import {realpathSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'

/**
 * `path` made absolute with symlinks resolved as far as the path exists (the
 * file itself may not exist yet).
 */
export function canonicalFile(path: string): string {
  const abs = resolve(path)
  try {
    return realpathSync(abs)
  } catch {
    const parent = dirname(abs)
    return parent === abs ? abs : join(canonicalFile(parent), basename(abs))
  }
}
