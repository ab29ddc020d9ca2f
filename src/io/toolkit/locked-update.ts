/**
 * A read-modify-write of one file that loses no acknowledged update (design.md
 * §4.6): read under the lock, compute, then commit only if the lock is still
 * ours and the file still holds the bytes read. A holder that stalled past the
 * stale time (and so lost its lock to a waiter) does not write; it starts over
 * on the fresh content, and so does a holder whose file was changed by a
 * writer that takes no lock (an editor).
 */
import {chmodSync, mkdirSync, renameSync, statSync} from 'node:fs'
import {dirname} from 'node:path'
import {BatonError} from '../../core/errors.ts'
import {withLock, type Lease, type LockOptions} from './lock.ts'
import {fileError} from './errors.ts'
import {fsyncDir, tempPath, unlinkQuiet, writeNewFile} from './publish.ts'
import {readIfExists} from './untrusted.ts'

/** Tries of {@link lockedUpdate} before it gives up loudly. */
export const UPDATE_ATTEMPTS = 5

const same = (a: Buffer | undefined, b: Buffer | undefined): boolean =>
  a === undefined || b === undefined ? a === b : a.equals(b)

/** Thrown by {@link commitFile} when the file no longer holds what was read. */
function changed(path: string): BatonError {
  return new BatonError(
    'ECHANGED',
    `${path} changed while baton was updating it (a program that takes no lock wrote to it); nothing was written`,
    {
      file: path,
      hint: `run the command again; if it keeps failing, something is rewriting ${path} all the time`
    }
  )
}

/**
 * Replaces `path` with `content` atomically (temp file, fsync, rename), but
 * only while `lease` holds and `path` still holds `before` (`undefined`: did
 * not exist). Both are checked right before the rename, with no await in
 * between; the lease is checked again after it, so a rename that may have
 * raced a takeover is reported, not acknowledged.
 *
 * @throws BatonError `ECOMPROMISED` (lock lost; `cause.committed` says whether the rename happened), `ECHANGED`
 */
export function commitFile(path: string, content: string | Buffer, lease: Lease, before: Buffer | undefined): void {
  const dir = dirname(path)
  let temp: string | undefined
  try {
    mkdirSync(dir, {recursive: true})
    let mode: number | undefined
    try {
      mode = statSync(path).mode & 0o7777
    } catch {
      // a new file: 0o666 less the umask
    }
    temp = tempPath(dir)
    writeNewFile(temp, content, mode ?? 0o666)
    if (mode !== undefined) chmodSync(temp, mode) // as it was, whatever the umask
    lease.assertHeld()
    if (!same(readIfExists(path, 'user')?.bytes, before)) throw changed(path)
    renameSync(temp, path)
    temp = undefined
  } catch (error) {
    if (error instanceof BatonError) throw error
    throw fileError(error, 'write', path)
  } finally {
    if (temp !== undefined) unlinkQuiet(temp)
  }
  fsyncDir(dir)
  try {
    lease.assertHeld()
  } catch (error) {
    throw new BatonError(
      'ECOMPROMISED',
      `${(error as Error).message}; the new content was written just as the lock was lost, ` +
        'so another process may overwrite it',
      {
        file: path,
        hint: `check ${path} and run the command again`,
        cause: Object.assign(new Error('committed'), {committed: true})
      }
    )
  }
}

/** What an update function returns: new content to commit (none: leave the file alone) and the result. */
export interface Change<T> {
  content?: string | Buffer
  result: T
}

/** What an update function is told besides the current bytes. */
export interface Attempt {
  /** 1 for the first try under the lock (0 for the precomputed one without it) */
  n: number
  /** an earlier try may have renamed its content into place before it found its lock lost */
  mayHaveCommitted: boolean
}

/** True for the failures after which a fresh try may succeed: lock lost, file changed under it. */
const retryable = (error: unknown): boolean =>
  error instanceof BatonError && (error.code === 'ECOMPROMISED' || error.code === 'ECHANGED')

/**
 * Runs `change` on the current bytes of `target` under its lock and commits
 * the content it returns with {@link commitFile}. When the lock was lost or
 * the file changed, it starts over: the lock is taken again, the file read
 * again and `change` run again on what is there now, up to
 * {@link UPDATE_ATTEMPTS} times. `change` may throw to refuse (e.g. a stale
 * `--expect-sha256`); that error is passed on as is.
 *
 * @throws BatonError `ECOMPROMISED` or `ECHANGED` after the last try; whatever `change` throws
 */
export async function lockedUpdate<T>(
  target: string,
  change: (current: Buffer | undefined, attempt: Attempt) => Change<T> | Promise<Change<T>>,
  options: Readonly<LockOptions & {precompute?: boolean}> = {}
): Promise<T> {
  let mayHaveCommitted = false
  // With `precompute` (for a pure `change` that takes a while, like parsing an
  // index), the change is first computed without the lock, and reused under it
  // when the file still holds the same bytes: waiting writers do not pay for it.
  let early: {bytes: Buffer | undefined; change: Change<T>} | undefined
  if (options.precompute) {
    const bytes = readIfExists(target, 'user')?.bytes
    early = {bytes, change: await change(bytes, {n: 0, mayHaveCommitted})}
  }
  for (let n = 1; ; n++) {
    try {
      return await withLock(
        target,
        async (lease) => {
          const path = lease.target // symlinks resolved: a linked index (dotfiles) is written where it lives
          const before = readIfExists(path, 'user')?.bytes
          lease.assertHeld() // the read happened while the lock was ours
          const reuse =
            early !== undefined &&
            (early.bytes === undefined ? before === undefined : before?.equals(early.bytes) === true)
          const c = reuse ? early!.change : await change(before, {n, mayHaveCommitted})
          if (c.content === undefined) lease.assertHeld()
          else commitFile(path, c.content, lease, before)
          return c.result
        },
        options
      )
    } catch (error) {
      if ((error as {cause?: {committed?: boolean}}).cause?.committed) mayHaveCommitted = true
      if (!retryable(error) || n >= UPDATE_ATTEMPTS) throw error
    }
  }
}
