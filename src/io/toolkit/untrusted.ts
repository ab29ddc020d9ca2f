/**
 * Reading a file Baton did not write (a handoff, the legacy file, a project's
 * `SESSION-HANDOFF.md`, a transcript): only a regular file is read, never
 * through a symbolic link, never blocking on a FIFO or device, and never more
 * than a size cap. The path is checked with `lstat`, opened with `O_NOFOLLOW`
 * and `O_NONBLOCK` (so a FIFO swapped in cannot hang the open), and the open
 * descriptor is checked again with `fstat` before a byte is read.
 */
import {closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync} from 'node:fs'
import {isAbsolute, relative} from 'node:path'
import {BatonError, hasCode} from '../../core/errors.ts'
import {fileError} from './errors.ts'

/** Options of {@link readUntrusted}. */
export interface UntrustedOptions {
  /** most bytes read (default 8 MiB) */
  maxBytes?: number
  /** past `maxBytes`: throw `ETOOBIG` (default), or read only the last (`tail`) or first (`head`) `maxBytes` */
  over?: 'error' | 'tail' | 'head'
  /** start reading at this byte offset (a file now shorter is read from 0) */
  from?: number
  /** links are followed only when the real path lies inside this folder (otherwise never) */
  within?: string
}

/** The bytes read and where they sit in the file. */
export interface UntrustedRead {
  bytes: Buffer
  /** offset of `bytes[0]` in the file */
  start: number
  /** size of the file when it was opened */
  size: number
  /** its modification time, in ms since the epoch */
  mtimeMs: number
}

/** Default size cap of {@link readUntrusted}. */
export const MAX_UNTRUSTED = 8 * 1024 * 1024

const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0)

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

function notRegular(path: string, what: string): BatonError {
  return new BatonError('ENOTREG', `${path} is ${what}, not a regular file: not read`, {
    file: path,
    hint: `Baton reads only regular files; replace ${path} with a plain file or remove it`
  })
}

/** The path to open: `path` itself, or, with `within`, its real path when that lies inside `within`. */
function target(path: string, within: string | undefined): string {
  const link = lstatSync(path).isSymbolicLink()
  if (within === undefined) {
    if (link) throw notRegular(path, 'a symbolic link')
    return path
  }
  const real = realpathSync(path)
  if (inside(realpathSync(within), real)) return real
  throw notRegular(path, link ? `a symbolic link out of ${within}` : `reached through a link out of ${within}`)
}

/**
 * Reads `path` as untrusted data. Returns `undefined` when it does not exist.
 *
 * @throws BatonError `ENOTREG` for a symlink (unless allowed by `within`), FIFO,
 *   device, socket or directory; `ETOOBIG` past the cap with `over: 'error'`;
 *   any other file-system error as it came (EACCES, …)
 */
export function readUntrusted(path: string, options: Readonly<UntrustedOptions> = {}): UntrustedRead | undefined {
  const maxBytes = options.maxBytes ?? MAX_UNTRUSTED
  let fd: number
  try {
    fd = openSync(target(path, options.within), FLAGS)
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return undefined
    if (hasCode(error, 'ELOOP')) throw notRegular(path, 'a symbolic link')
    throw error
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile())
      throw notRegular(path, st.isFIFO() ? 'a FIFO' : st.isDirectory() ? 'a directory' : 'a device or socket')
    const size = st.size
    let start = options.from !== undefined && options.from <= size ? options.from : 0
    if (size - start > maxBytes && options.over !== 'head') {
      if (options.over !== 'tail') {
        throw new BatonError('ETOOBIG', `${path} is ${size} bytes, over the ${maxBytes}-byte limit: not read`, {
          file: path,
          hint: `open it yourself if you trust it (less '${path}'), or move it out of the way`
        })
      }
      start = size - maxBytes
    }
    const bytes = Buffer.alloc(Math.min(size - start, maxBytes))
    let got = 0
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, start + got)
      if (n === 0) break
      got += n
    }
    return {bytes: bytes.subarray(0, got), start, size, mtimeMs: st.mtimeMs}
  } finally {
    closeSync(fd)
  }
}

/**
 * Reads a file the user may have linked on purpose (`MEMORY.md`, an index in
 * a dotfiles repository): links are followed, but only a regular file is read,
 * never blocking on a FIFO or device, and never past the size cap. Returns
 * `undefined` when it does not exist.
 *
 * @throws as {@link readUntrusted}
 */
function readLinkedFile(path: string): UntrustedRead | undefined {
  let real: string
  try {
    real = realpathSync(path)
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return undefined
    throw error
  }
  return readUntrusted(real)
}

/**
 * How far a file is trusted. `untrusted`: written by someone else (a handoff,
 * a hold, the legacy note): never read through a link (see {@link readUntrusted}).
 * `user`: the user's own file, which they may have linked on purpose
 * (`MEMORY.md`, a shared index): links are followed to a regular file.
 */
export type Trust = 'untrusted' | 'user'

/**
 * The one reader of a whole file that may be missing: its bytes and facts, or
 * `undefined` when it does not exist (or vanished, as a claimed handoff does).
 * Never blocks on a FIFO or device; at most 8 MiB.
 *
 * @throws BatonError saying what is wrong with the file and what to do
 */
export function readIfExists(path: string, trust: Trust): UntrustedRead | undefined {
  try {
    return trust === 'user' ? readLinkedFile(path) : readUntrusted(path)
  } catch (error) {
    throw fileError(error, 'read', path)
  }
}
