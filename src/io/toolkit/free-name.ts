/**
 * The one "first free name" routine: every place that publishes under a name
 * it must not clobber (a handoff, its `_done` copy, a put-back, an archived
 * legacy file, a memory topic or backup) tries names in turn until one is free,
 * and every one of them ends the same way when none is: `EFULL`.
 */
import {BatonError, hasCode} from '../../core/errors.ts'

/** How many names {@link firstFree} tries by default. */
export const NAME_ATTEMPTS = 100_000

/** Options of {@link firstFree}. */
export interface FreeNameOptions {
  /** the folder the names live in (named by the error) */
  dir: string
  /** how many names to try (default {@link NAME_ATTEMPTS}) */
  attempts?: number
  /** a name for which this is true is skipped without being tried */
  skip?: (name: string) => boolean
}

/**
 * Calls `take(nameFor(1))`, `take(nameFor(2))`, … until one does not throw
 * `EEXIST` (the name is taken), and returns what it returned. Any other error
 * is thrown as it is.
 *
 * @throws BatonError `EFULL` when every name was taken
 */
export function firstFree<T>(
  nameFor: (attempt: number) => string,
  take: (name: string) => T,
  options: Readonly<FreeNameOptions>
): T {
  const attempts = options.attempts ?? NAME_ATTEMPTS
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const name = nameFor(attempt)
    if (options.skip?.(name)) continue
    try {
      return take(name)
    } catch (error) {
      if (!hasCode(error, 'EEXIST')) throw error
    }
  }
  throw noFreeName(options.dir, nameFor(1), attempts)
}

/** The error for a folder where every one of `attempts` names like `first` is taken. */
function noFreeName(dir: string, first: string, attempts: number): BatonError {
  const message = `no free file name left in ${dir}: ${attempts} names like ${first} are all taken`
  return new BatonError('EFULL', message, {
    file: dir,
    hint: `move old files out of ${dir} (nothing was overwritten), then run the command again`
  })
}
