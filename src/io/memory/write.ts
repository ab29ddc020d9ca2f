/**
 * Locked, atomic updates of shared files: `baton index add` (upsert one index
 * line) and `baton lock-write` (replace a file, optionally only if it is still
 * the version the caller read). Both go through `lockedUpdate`: a write is
 * committed only while the lock is still ours and the file still holds what
 * was read under it, so no acknowledged update is lost to a stalled holder.
 * Bytes are kept: an index that is not valid UTF-8 is refused, not rewritten.
 */
import {createHash} from 'node:crypto'
import {BatonError} from '../../core/errors.ts'
import {upsertEntry, type UpsertAction} from '../../core/memory/entries.ts'
import type {LockOptions} from '../toolkit/lock.ts'
import {lockedUpdate, type Change} from '../toolkit/locked-update.ts'
import {decodeUtf8} from '../../core/utf8.ts'

/** Hex SHA-256 of `content` (a string is hashed as UTF-8). */
export const sha256 = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex')

/** What `baton index add` did. */
export interface IndexAddResult {
  path: string
  action: UpsertAction
  key: string
  /** 1-based line of the entry */
  line: number
}

/**
 * The change `baton index add` makes to an index's bytes: the upserted entry
 * (see {@link upsertEntry}), or no write when the entry is there already.
 *
 * @throws BatonError `EENTRY` for an entry that spans lines or has no key, `EENCODING` for an index that is not UTF-8
 */
export function indexAddChange(
  index: string,
  entry: string,
  key: string | undefined
): (current: Buffer | undefined) => Change<IndexAddResult> {
  return (current) => {
    const before = current === undefined ? '' : decodeUtf8(current, index, 'add an entry to it')
    let result
    try {
      result = upsertEntry(before, entry, key)
    } catch (error) {
      throw new BatonError('EENTRY', `cannot add this entry to ${index}: ${(error as Error).message}`, {
        file: index,
        hint:
          "give one line holding a link, e.g. --entry '- [Build](build.md) — how to build', " +
          'or name the key with --key'
      })
    }
    const out = {path: index, action: result.action, key: result.key, line: result.line}
    return result.action === 'unchanged' ? {result: out} : {content: result.text, result: out}
  }
}

/**
 * Upserts one entry line in `index` under its lock (design.md §4.6): N concurrent
 * updaters lose no update, and neither does a holder that stalls past the
 * stale time (it starts over on the fresh file). The file and its folder are
 * created when missing.
 *
 * @param [key] defaults to the entry's link target
 * @throws BatonError `EENTRY` for an entry that spans lines or has no key, `EENCODING`,
 *   `ECOMPROMISED`/`ECHANGED` when every try lost its lock or its file
 */
export async function indexAdd(
  index: string,
  entry: string,
  key: string | undefined,
  options: Readonly<LockOptions> = {}
): Promise<IndexAddResult> {
  return lockedUpdate(index, indexAddChange(index, entry, key), {...options, precompute: true})
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
 * The change `baton lock-write` makes: `content`, refused when the file is no
 * longer the version the caller read.
 *
 * @throws BatonError `ECONFLICT` when the file changed since it was read (nothing is written)
 */
export function lockWriteChange(
  target: string,
  content: string | Buffer,
  expectSha256?: string
): (current: Buffer | undefined) => Change<LockWriteResult> {
  const expected = expectSha256?.toLowerCase()
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  return (current) => {
    const previous = sha256(current ?? '')
    const result = {path: target, sha256: sha256(bytes), previous, created: current === undefined}
    if (expected !== undefined && expected !== previous) {
      throw new BatonError(
        'ECONFLICT',
        `${target} changed since you read it: expected sha256 ${expected}, found ${previous}. Nothing was written`,
        {
          file: target,
          hint:
            `read ${target} again, redo your change on top of what is there now, ` +
            `then write with --expect-sha256 ${previous}`
        }
      )
    }
    return {content: bytes, result}
  }
}

/**
 * Writes `content` to `target` under its lock, atomically, byte for byte.
 * With `expectSha256`, refuses when the file is no longer the version the
 * caller read (a missing file hashes as the empty file), so a conflict is loud
 * instead of a silent last-write-wins, also when this process stalled while
 * holding the lock and another took it over.
 *
 * @throws BatonError `ECONFLICT` when the file changed since it was read (nothing is written)
 */
export async function lockWrite(
  target: string,
  content: string | Buffer,
  options: Readonly<LockOptions & {expectSha256?: string}> = {}
): Promise<LockWriteResult> {
  return lockedUpdate(target, lockWriteChange(target, content, options.expectSha256), options)
}
