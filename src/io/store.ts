/** The handoff directory: creating it, listing it, reading one handoff. */
import {mkdirSync, readdirSync, readFileSync, accessSync, constants} from 'node:fs'
import {join} from 'node:path'
import {BatonError, hasCode} from '../core/errors.ts'
import {parseName, type ParsedName} from '../core/names.ts'

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
  let dirents
  try {
    dirents = readdirSync(dir, {withFileTypes: true})
  } catch (error) {
    if (hasCode(error, 'ENOENT', 'ENOTDIR')) return {pending, consumed, litter}
    throw fsError(error, 'read the handoff directory', dir)
  }
  for (const d of dirents) {
    // Cheap checks first: a directory may hold thousands of consumed handoffs.
    if (options.pendingOnly && d.name.includes('_done')) continue
    if (d.name.startsWith('.baton-')) litter++
    if (!d.isFile() || !d.name.endsWith('.md')) continue
    const parsed = parseName(d.name)
    if (!parsed) continue
    const entry = {...parsed, name: d.name, path: join(dir, d.name)}
    ;(parsed.consumed ? consumed : pending).push(entry)
  }
  const byName = (a: HandoffEntry, b: HandoffEntry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  return {pending: pending.sort(byName), consumed: consumed.sort(byName), litter}
}

/** Reads one file's text; `undefined` when it vanished (claimed meanwhile). */
export function readRaw(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return undefined
    throw fsError(error, 'read', path)
  }
}
