/**
 * The one translator from a Node file-system error to a `BatonError` that says
 * what happened and what to do. The hint fits the operation: a read error
 * talks about reading (permissions, owner), never about a file being writable.
 * Kept free of libraries, so every command and hook may load it.
 */
import {BatonError} from '../../core/errors.ts'

/** Options of {@link fileError}. */
export interface FileErrorOptions {
  /** what the user may point elsewhere instead, e.g. `BATON_HANDOFF_DIR / --dir` */
  elsewhere?: string
}

/** Whether `what` (the action, e.g. `read the handoff directory`) only reads. */
function reads(what: string): boolean {
  return what === 'read' || what.startsWith('read ')
}

function readHint(code: string, file: string, error: unknown): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return (
        `check the permissions of ${file} (try: ls -ld '${file}'); ` +
        `if another user owns it (as after a sudo run), take it back with: sudo chown "$(id -un)" '${file}'`
      )
    case 'EISDIR':
      return `${file} is a folder; name a file`
    case 'ENOTDIR':
      return `a file is in the way of the folder for ${file}; move it away`
    default:
      return `check that ${file} exists and is readable (${(error as Error).message ?? error})`
  }
}

function writeHint(code: string, file: string, error: unknown, elsewhere: string | undefined): string {
  const or = elsewhere ? `, or point ${elsewhere} at a writable directory` : ''
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `check the permissions of ${file} (try: ls -ld '${file}')${or}`
    case 'EROFS':
      return `${file} is on a read-only file system${elsewhere ? `; point ${elsewhere} at a writable directory` : ''}`
    case 'ENOSPC':
      return 'the disk is full; free some space and run the command again (nothing was changed)'
    case 'ENOTDIR':
    case 'EEXIST':
      return `a file is in the way of the folder for ${file}; move it away${elsewhere ? ` or use ${elsewhere}` : ''}`
    case 'EISDIR':
      return `${file} is a folder; name a file`
    default:
      return `check that ${file} exists and is writable (${(error as Error).message ?? error})${or}`
  }
}

/**
 * Wraps a Node file-system error as a `BatonError` (a `BatonError` is returned
 * as it is). A file in the way of a folder (`EEXIST` from `mkdir`) is reported
 * as `ENOTDIR`; other codes are kept.
 *
 * @param what the action, e.g. `write`, `read`, `read the handoff directory`: one starting with "read" gets read hints
 * @param file the file or folder concerned
 */
export function fileError(
  error: unknown,
  what: string,
  file: string,
  options: Readonly<FileErrorOptions> = {}
): BatonError {
  if (error instanceof BatonError) return error
  const code = (error as {code?: string}).code ?? 'EIO'
  const reading = reads(what)
  const hint = reading ? readHint(code, file, error) : writeHint(code, file, error, options.elsewhere)
  const denied = reading && (code === 'EACCES' || code === 'EPERM') ? ': permission denied' : ''
  const message = `cannot ${what} ${file}${denied} (${code})`
  return new BatonError(code === 'EEXIST' ? 'ENOTDIR' : code, message, {file, hint, cause: error})
}
