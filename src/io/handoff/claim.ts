/**
 * Exactly-once claim (design.md §4.2). The claimer first renames the pending file
 * to a private hold name: rename is atomic, so exactly one process wins and the
 * rest get ENOENT. The winner reserves `<stem>_done.md` by hard-linking the
 * hold to it (EEXIST: try `_done-2.md`), then atomically replaces that link with
 * a copy that records `consumed: {at, by}`. It drops the hold only after it has
 * delivered the handoff (`release()`), so a claimer killed before delivery
 * leaves a hold, which the sweeper puts back as pending: a note is delivered at
 * least once even across SIGKILL, and exactly once otherwise.
 *
 * On a file system without hard links (FAT, exFAT) the reservation is an
 * empty exclusive placeholder instead, and putting a note back renames it onto
 * an exclusive placeholder (see `linkOrPlaceholder`): nothing is ever clobbered.
 * The hold's name carries the claimer's pid, start time, pid namespace and
 * boot, so that a sweeper can tell a live claimer from a dead one.
 *
 * The consumed copy is not fsynced (that would cost ~2 ms per handoff on every
 * session start): it replaces the already-durable original by rename, which
 * ext4, XFS and btrfs order after its data, so a crash leaves the old or the
 * new copy, never an empty one. Pending handoffs are always fsynced.
 */
import {linkSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {BatonError, hasCode} from '../../core/errors.ts'
import {RESTORING, candidateName, claimName, doneName, parseName} from '../../core/names.ts'
import {consumeBytes} from './docs.ts'
import {linkOrPlaceholder, noHardLinks, placeholder, tempPath, unlinkQuiet} from '../toolkit/publish.ts'
import {selfHolder} from '../toolkit/proc.ts'
import {token} from '../toolkit/lazy.ts'
import {firstFree} from '../toolkit/free-name.ts'
import {readIfExists} from '../toolkit/untrusted.ts'
import {fileError} from '../toolkit/errors.ts'

/** A handoff this process won. */
export interface Claimed {
  /** path of the `_done.md` file now holding it */
  path: string
  /** the text as it was while pending */
  raw: string
  /** the bytes as they were while pending */
  bytes: Buffer
  /** call once the handoff has been delivered: drops the hold */
  release: () => void
  /** call instead when it was not delivered: makes it pending again at once (false: left for the sweeper) */
  putBack: () => boolean
  /**
   * call before `release` when someone else consumed it (another machine won it
   * first): the `_done` copy is marked consumed by `by` instead of this claimer
   */
  reassign: (by: string) => Promise<void>
}

/** Replaces the `_done` copy at `done` with the hold's bytes marked consumed by `by` (atomic: temp file, rename). */
async function markDone(dir: string, hold: string, done: string, at: string, by: string): Promise<void> {
  const bytes = readIfExists(hold, 'untrusted')?.bytes
  if (!bytes) return
  const temp = tempPath(dir)
  try {
    writeFileSync(temp, await consumeBytes(bytes, at, by), {flag: 'wx', mode: 0o600})
    renameSync(temp, done)
  } finally {
    unlinkQuiet(temp)
  }
}

/**
 * Reserves the first free `_done` name. A hard link keeps the whole note under
 * that name too; without hard links an empty exclusive placeholder reserves
 * it (the sweeper knows an empty `_done` file for one).
 */
function reserveDone(dir: string, hold: string, pendingName: string): string {
  let links = true
  const reserve = (path: string): string => {
    if (links) {
      try {
        linkSync(hold, path)
        return path
      } catch (error) {
        if (!noHardLinks(error)) throw error
        links = false
      }
    }
    placeholder(path)
    return path
  }
  return firstFree(
    (n) => doneName(pendingName, n),
    (name) => reserve(join(dir, name)),
    {dir}
  )
}

/**
 * Claims `pendingName` in `dir`. Returns `undefined` when another process won
 * it (or it vanished).
 *
 * @param by the claiming session's id
 * @param at ISO time of the claim
 */
export async function claimHandoff(
  dir: string,
  pendingName: string,
  by: string,
  at: string
): Promise<Claimed | undefined> {
  const pending = join(dir, pendingName)
  const hold = join(dir, claimName(pendingName, selfHolder(), token()))
  try {
    renameSync(pending, hold)
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return undefined
    throw fileError(error, 'claim', pending)
  }
  let done: string | undefined
  try {
    const bytes = readIfExists(hold, 'untrusted')?.bytes
    if (!bytes) throw Object.assign(new Error(`${hold} vanished`), {code: 'ENOENT'})
    const raw = bytes.toString('utf8')
    done = reserveDone(dir, hold, pendingName)
    const temp = tempPath(dir)
    let renamed = false
    try {
      writeFileSync(temp, await consumeBytes(bytes, at, by), {flag: 'wx', mode: 0o600})
      renameSync(temp, done) // replaces only our own reservation
      renamed = true
    } finally {
      if (!renamed) unlinkQuiet(temp)
    }
    const path = done
    return {
      path,
      raw,
      bytes,
      release: () => unlinkQuiet(hold),
      putBack: () => putBack(hold, pending, path),
      reassign: (other) => markDone(dir, hold, path, at, other)
    }
  } catch (error) {
    // Put it back: a failed claim must leave the handoff pending, not hidden.
    putBack(hold, pending, done)
    throw error instanceof BatonError ? error : fileError(error, 'mark as consumed', pending)
  }
}

/**
 * Undoes a claim: the `_done` copy goes first, then the hold is renamed to a
 * `restoring` hold and put back by {@link republish}: the same phases as the
 * sweeper's put-back, so a process killed at any step leaves a hold that is
 * restored once, never a second pending copy. Returns false when that failed
 * part way; the hold is left, and the sweeper restores it later.
 */
function putBack(hold: string, pending: string, done: string | undefined): boolean {
  try {
    if (done) rmSync(done, {force: true})
    const restoring = join(dirname(hold), claimName(basename(pending), selfHolder(), `${RESTORING}${token()}`))
    renameSync(hold, restoring)
    republish(dirname(hold), restoring, basename(pending))
    return true
  } catch {
    return false
  }
}

/**
 * Links `hold` back under the first free pending name for `pendingName` (its
 * own name, else `-2`, `-3`, …; never over another file), then removes the
 * hold. Without hard links this moves the hold.
 *
 * @throws BatonError `EFULL` when every name is taken; the hold is then kept
 */
export function republish(dir: string, hold: string, pendingName: string): void {
  const parsed = parseName(pendingName)
  const nameFor = (n: number): string => (parsed ? candidateName(parsed.stamp, parsed.slug, n) : pendingName)
  firstFree(nameFor, (name) => linkOrPlaceholder(hold, join(dir, name)), {dir, attempts: parsed ? 999 : 1})
  rmSync(hold, {force: true})
}
