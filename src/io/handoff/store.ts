/** The handoff directory: creating it, listing it, reading one handoff. */
import {mkdirSync, readdirSync, accessSync, constants, lstatSync} from 'node:fs'
import {join} from 'node:path'
import {BatonError, hasCode} from '../../core/errors.ts'
import {parseName, type ParsedName} from '../../core/names.ts'
import {readUntrusted, type UntrustedRead} from '../toolkit/untrusted.ts'

/** One handoff file on disk. */
export interface HandoffEntry extends ParsedName {
  name: string
  path: string
}

/** Explains a file-system error in the user's terms. */
export function fsError(error: unknown, what: string, file: string): BatonError {
  const code = (error as {code?: string}).code ?? 'EIO'
  const hints: Record<string, string> = {
    EACCES: `check the permissions of ${file} (try: ls -ld '${file}'), or point BATON_HANDOFF_DIR / --dir at a writable directory`,
    EPERM: `check the permissions of ${file}, or point BATON_HANDOFF_DIR / --dir at a writable directory`,
    EROFS: `${file} is on a read-only file system; point BATON_HANDOFF_DIR / --dir at a writable directory`,
    ENOSPC: 'the disk is full; free some space and run the command again (nothing was changed)',
    ENOTDIR: `${file} is not a directory; move that file away or use --dir`,
    EEXIST: `${file} is in the way; move it away or use --dir`
  }
  return new BatonError(code === 'ENOTDIR' || code === 'EEXIST' ? 'ENOTDIR' : code, `cannot ${what} ${file} (${code})`, {
    file,
    hint: hints[code] ?? 'check that the path exists and is writable',
    cause: error
  })
}

/** Creates the handoff directory (mode 0700) if needed and checks it is writable. */
export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, {recursive: true, mode: 0o700})
    accessSync(dir, constants.W_OK)
  } catch (error) {
    throw fsError(error, 'write to the handoff directory', dir)
  }
}

/**
 * Lists handoff files in `dir`: regular files with handoff names only.
 * Symlinks and directories named `*.md` are skipped, never followed.
 * A missing directory lists as empty. `litter` counts Baton's temp and hold files.
 */
export function listEntries(dir: string, options: {pendingOnly?: boolean} = {}): {pending: HandoffEntry[]; consumed: HandoffEntry[]; litter: number} {
  const pending: HandoffEntry[] = []
  const consumed: HandoffEntry[] = []
  let litter = 0
  let names: string[]
  try {
    // Names only: thousands of consumed handoffs make Dirent objects add up.
    names = readdirSync(dir)
  } catch (error) {
    if (hasCode(error, 'ENOENT', 'ENOTDIR')) return {pending, consumed, litter}
    throw fsError(error, 'read the handoff directory', dir)
  }
  for (const name of names) {
    // Cheap checks first: a directory may hold thousands of consumed handoffs.
    if (name.startsWith('.baton-')) litter++
    if (!name.endsWith('.md')) continue
    const parsed = parseName(name)
    if (!parsed || (options.pendingOnly && parsed.consumed)) continue
    const path = join(dir, name)
    if (!isRegularFile(path)) continue // symlinks and directories named *.md are skipped, never followed
    const entry = {...parsed, name, path}
    ;(parsed.consumed ? consumed : pending).push(entry)
  }
  const byName = (a: HandoffEntry, b: HandoffEntry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  return {pending: pending.sort(byName), consumed: consumed.sort(byName), litter}
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * Reads one handoff's bytes as untrusted data (see `readUntrusted`): a
 * regular file only, never through a link, at most 8 MiB. `undefined` when it
 * vanished (claimed meanwhile).
 *
 * @throws BatonError explaining what is wrong with the file and what to do
 */
export function readHandoffFile(path: string): UntrustedRead | undefined {
  try {
    return readUntrusted(path)
  } catch (error) {
    if (error instanceof BatonError) throw error
    if (hasCode(error, 'EACCES', 'EPERM')) {
      return denied(error, path)
    }
    throw fsError(error, 'read', path)
  }
}

function denied(error: unknown, path: string): never {
  throw new BatonError('EACCES', `cannot read ${path}: permission denied`, {
    file: path,
    hint: `it belongs to another user (as after a sudo run); take it back with: sudo chown "$(id -un)" '${path}'`,
    cause: error
  })
}

/** Reads one handoff's text (see {@link readHandoffFile}); `undefined` when it vanished. */
export function readRaw(path: string): string | undefined {
  return readHandoffFile(path)?.bytes.toString('utf8')
}

/**
 * The warning for a handoff that could not be read and was skipped: names the
 * file, says why, and what to do. The other handoffs are still delivered.
 */
export function skippedWarning(error: unknown, path: string): string {
  const e = error instanceof BatonError ? error : fsError(error, 'read', path)
  return `baton: skipped a handoff: ${e.message}${e.hint ? `; ${e.hint}` : ''}. It stays where it is; the other handoffs are not affected.`
}
