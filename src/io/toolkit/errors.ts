/**
 * File-system errors of the memory and lock commands, explained in the user's
 * terms. Kept apart from `store.ts` so these commands do not load gray-matter.
 */
import {BatonError} from '../../core/errors.ts'

/**
 * Wraps a Node file-system error as a `BatonError` with the same code.
 *
 * @param what the action, e.g. `write`
 * @param file the file or folder concerned
 */
export function fileError(error: unknown, what: string, file: string): BatonError {
  if (error instanceof BatonError) return error
  const code = (error as {code?: string}).code ?? 'EIO'
  const hints: Record<string, string> = {
    EACCES: `check the permissions of ${file} (try: ls -ld '${file}')`,
    EPERM: `check the permissions of ${file} (try: ls -ld '${file}')`,
    EROFS: `${file} is on a read-only file system`,
    ENOSPC: 'the disk is full; free some space and run the command again (the file was left as it was)',
    ENOTDIR: `a file is in the way of the folder for ${file}; move it away`,
    EISDIR: `${file} is a folder; name a file`
  }
  return new BatonError(code, `cannot ${what} ${file} (${code})`, {
    file,
    hint: hints[code] ?? `check that ${file} exists and is writable (${(error as Error).message ?? error})`,
    cause: error
  })
}
