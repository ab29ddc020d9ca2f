/**
 * A read-modify-write of one file that loses no acknowledged update (design.md
 * §4.6): read under the lock, compute, then commit only if the lock is still
 * ours and the file still holds the bytes read. A holder that stalled past the
 * stale time (and so lost its lock to a waiter) does not write; it starts over
 * on the fresh content, and so does a holder whose file was changed by a
 * writer that takes no lock (an editor).
 */
import {createHash} from 'node:crypto'
import {chmodSync, existsSync, mkdirSync, readdirSync, renameSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {BatonError, hasCode} from '../../core/errors.ts'
import {commitTempName, isCommitTempOf} from '../../core/names.ts'
import {withLock, type Lease, type LockOptions} from './lock.ts'
import {fileError} from './errors.ts'
import {fsyncDir, unlinkQuiet, writeNewFile} from './publish.ts'
import {token} from './lazy.ts'
import {selfHolder} from './proc.ts'
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

/** What marks the temp files that commit `path` (its canonical path): a hash, the same in every process. */
const commitTag = (path: string): string => createHash('sha256').update(path).digest('hex').slice(0, 16)

/**
 * Removes every pending commit of `path` but `mine`: temps named with its tag
 * that a holder wrote and had not yet renamed into place. Only the holder of
 * the lock calls this, so each such temp is the commit of a holder that lost
 * the lock (it stalled past the stale time): its rename then fails instead of
 * overwriting what was committed since.
 */
function fence(dir: string, tag: string, mine: string): void {
  for (const name of readdirSync(dir)) if (name !== mine && isCommitTempOf(name, tag)) unlinkQuiet(join(dir, name))
}

function fenced(path: string): BatonError {
  return new BatonError(
    'ECOMPROMISED',
    `lost the lock on ${path} while holding it: the process that took it over cancelled this write; ` +
      'nothing was written',
    {
      file: path,
      hint:
        'another process took the lock over as stale ' +
        "(the machine may have slept or been stopped for longer than the lock's stale time); run the command again"
    }
  )
}

/**
 * Replaces `path` with `content` atomically (temp file, fsync, rename), but
 * only while `lease` holds and `path` still holds `before` (`undefined`: did
 * not exist), checked right before the rename.
 *
 * The rename itself is fenced, since a holder can stall between its checks
 * and its rename for longer than the stale time (SIGSTOP, an NFS hang) and
 * lose the lock meanwhile: the temp is named for `path`, and a holder removes
 * every other pending temp of `path` before it compares and renames. So a
 * stalled holder's rename either lands before the new holder compares (which
 * then sees the file changed and starts over on it), or finds its temp gone
 * and fails: no holder overwrites a commit it did not read, and a rename that
 * succeeded is a commit that stands.
 *
 * @throws BatonError `ECOMPROMISED` (lock lost, nothing written), `ECHANGED`
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
    const tag = commitTag(path)
    const name = commitTempName(selfHolder(), tag, token())
    temp = join(dir, name)
    writeNewFile(temp, content, mode ?? 0o666)
    if (mode !== undefined) chmodSync(temp, mode) // as it was, whatever the umask
    lease.assertHeld()
    fence(dir, tag, name)
    if (!same(readIfExists(path, 'user')?.bytes, before)) throw changed(path)
    try {
      renameSync(temp, path)
    } catch (error) {
      if (hasCode(error, 'ENOENT') && !existsSync(temp)) throw fenced(path)
      throw error
    }
    temp = undefined
  } catch (error) {
    if (error instanceof BatonError) throw error
    throw fileError(error, 'write', path)
  } finally {
    if (temp !== undefined) unlinkQuiet(temp)
  }
  fsyncDir(dir)
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
  // With `precompute` (for a pure `change` that takes a while, like parsing an
  // index), the change is first computed without the lock, and reused under it
  // when the file still holds the same bytes: waiting writers do not pay for it.
  let early: {bytes: Buffer | undefined; change: Change<T>} | undefined
  if (options.precompute) {
    const bytes = readIfExists(target, 'user')?.bytes
    early = {bytes, change: await change(bytes, {n: 0})}
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
          const c = reuse ? early!.change : await change(before, {n})
          if (c.content === undefined) lease.assertHeld()
          else commitFile(path, c.content, lease, before)
          return c.result
        },
        options
      )
    } catch (error) {
      if (!retryable(error) || n >= UPDATE_ATTEMPTS) throw error
    }
  }
}
