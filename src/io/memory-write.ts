/**
 * Locked, atomic updates of shared files: `baton index add` (upsert one index
 * line) and `baton lock-write` (replace a file, optionally only if it is still
 * the version the caller read). Overwrites go through write-file-atomic: temp
 * file in the same folder, fsync, rename.
 */
import {mkdirSync} from 'node:fs'
import {dirname} from 'node:path'
import {createHash} from 'node:crypto'
import writeFileAtomic from 'write-file-atomic'
import {BatonError} from '../core/errors.ts'
import {upsertEntry, type UpsertAction} from '../core/memory/entries.ts'
import {withLock, type Lease, type LockOptions} from './lock.ts'
import {fileError as fsError} from './memory-errors.ts'
import {readIfExists} from './memory-check.ts'

export {readIfExists}

/** Hex SHA-256 of `content` (a string is hashed as UTF-8). */
export const sha256 = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex')

/**
 * Replaces `path` with `content` atomically (a reader sees the old file or the
 * new one, never a mix). With a `lease`, refuses to write once the lock is lost.
 */
export async function writeAtomic(path: string, content: string | Buffer, lease?: Lease): Promise<void> {
  try {
    mkdirSync(dirname(path), {recursive: true})
    lease?.assertHeld()
    await writeFileAtomic(path, content)
  } catch (error) {
    if (error instanceof BatonError) throw error
    throw fsError(error, 'write', path)
  }
}

/** What `baton index add` did. */
export interface IndexAddResult {
  path: string
  action: UpsertAction
  key: string
  /** 1-based line of the entry */
  line: number
}

/**
 * Upserts one entry line in `index` under its lock (DESIGN §4.6): N concurrent
 * updaters lose no update. The file and its folder are created when missing.
 *
 * @param [key] defaults to the entry's link target
 * @throws BatonError `EENTRY` for an entry that spans lines or has no key
 */
export async function indexAdd(index: string, entry: string, key: string | undefined, options: Readonly<LockOptions> = {}): Promise<IndexAddResult> {
  return withLock(index, async (lease) => {
    const before = readIfExists(index) ?? ''
    let result
    try {
      result = upsertEntry(before, entry, key)
    } catch (error) {
      throw new BatonError('EENTRY', `cannot add this entry to ${index}: ${(error as Error).message}`, {
        file: index,
        hint: "give one line holding a link, e.g. --entry '- [Build](build.md) — how to build', or name the key with --key"
      })
    }
    if (result.action !== 'unchanged') await writeAtomic(index, result.text, lease)
    return {path: index, action: result.action, key: result.key, line: result.line}
  }, options)
}

/** What `baton lock-write` did. */
export interface LockWriteResult {
  path: string
  /** SHA-256 of the content now in the file */
  sha256: string
  /** SHA-256 of what was there before (of '' when the file did not exist) */
  previous: string
  created: boolean
}

/**
 * Writes `content` to `target` under its lock, atomically. With
 * `expectSha256`, refuses when the file is no longer the version the caller
 * read (a missing file hashes as the empty file), so a conflict is loud
 * instead of a silent last-write-wins.
 *
 * @throws BatonError `ECONFLICT` when the file changed since it was read (nothing is written)
 */
export async function lockWrite(target: string, content: string, options: Readonly<LockOptions & {expectSha256?: string}> = {}): Promise<LockWriteResult> {
  const expected = options.expectSha256?.toLowerCase()
  return withLock(target, async (lease) => {
    const before = readIfExists(target)
    const previous = sha256(before ?? '')
    if (expected !== undefined && expected !== previous) {
      throw new BatonError('ECONFLICT', `${target} changed since you read it: expected sha256 ${expected}, found ${previous}. Nothing was written`, {
        file: target,
        hint: `read ${target} again, redo your change on top of what is there now, then write with --expect-sha256 ${previous}`
      })
    }
    await writeAtomic(target, content, lease)
    return {path: target, sha256: sha256(content), previous, created: before === undefined}
  }, options)
}
