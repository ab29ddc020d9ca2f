/** Canonical file paths, so that one file reached by two paths (a symlinked `$CLAUDE_HOME`) is claimed once. */
import {readlinkSync, realpathSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'

/**
 * `path` made absolute with symlinks resolved as far as the path exists (the
 * file itself may not exist yet: then its parent is resolved). A dangling
 * symlink is followed to where it points, since writing through it creates
 * the file there.
 *
 * @param [links=0] symlinks followed so far (a loop stops after 40, as the kernel's does)
 */
export function canonicalFile(path: string, links = 0): string {
  const abs = resolve(path)
  try {
    return realpathSync(abs)
  } catch {
    if (links < 40) {
      try {
        return canonicalFile(resolve(canonicalFile(dirname(abs), links), readlinkSync(abs)), links + 1)
      } catch {
        // not a symlink
      }
    }
    const parent = dirname(abs)
    return parent === abs ? abs : join(canonicalFile(parent, links), basename(abs))
  }
}
