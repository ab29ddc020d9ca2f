/**
 * Claude Code's `autoMemoryDirectory` setting, resolved as 2.1.197 and the
 * newest version both resolve it (read from their code): `~/` (or `~\`) is the
 * home folder, but a `~/` path that climbs out of it (`~/..`) is ignored; the
 * result must be absolute, at least 3 characters, not a bare drive, not a UNC
 * or `//` path and without a NUL; otherwise the setting is ignored and the
 * default folder is used.
 */
import {isAbsolute, join, normalize, sep} from 'node:path'

/**
 * The memory folder a setting names (with a trailing separator dropped), or
 * `undefined` when Claude Code would ignore it.
 *
 * @param value the setting's value
 * @param home the home folder, for `~/`
 * @param tilde expand `~/` (settings do; `CLAUDE_COWORK_MEMORY_PATH_OVERRIDE` does not)
 */
export function memoryDirSetting(value: unknown, home: string, tilde: boolean): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined
  let path = value
  if (tilde && (path.startsWith('~/') || path.startsWith('~\\'))) {
    const rest = path.slice(2)
    const n = normalize(rest || '.')
    if (n === '.' || n === '..' || n.startsWith(`..${sep}`) || n.startsWith('../') || n.startsWith('..\\'))
      return undefined
    path = join(home, rest)
  }
  const dir = normalize(path).replace(/[/\\]+$/, '')
  const bad =
    !isAbsolute(dir) ||
    dir.length < 3 ||
    /^[A-Za-z]:$/.test(dir) ||
    dir.startsWith('\\\\') ||
    dir.startsWith('//') ||
    dir.includes('\0')
  return bad ? undefined : dir.normalize('NFC')
}

/** Where Claude Code looks for `autoMemoryDirectory`, first match wins. */
export const MEMORY_DIR_SOURCES = ['policySettings', 'localSettings', 'projectSettings', 'userSettings'] as const
