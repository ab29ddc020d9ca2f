/**
 * Retention and litter (design.md §4.3, §4.4): consumed handoffs older than
 * `keepDays` are deleted; pending handoffs never are. Temp files and holds
 * left by a process that is gone are removed or put back as pending (see
 * {@link sweepLitter} for how a process is judged gone).
 */
import {pruneReceived} from './received-log.ts'
import {pruneReplyLogs} from './reply-log.ts'
import {lstatSync, renameSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {
  CLAIM_PREFIX,
  RESTORING,
  TEMP_PREFIX,
  claimName,
  doneName,
  parseClaimName,
  parseTempName
} from '../../core/names.ts'
import {abandoned} from '../../core/liveness.ts'
import {token} from '../toolkit/lazy.ts'
import {hasCode} from '../../core/errors.ts'
import {judge, selfHolder} from '../toolkit/proc.ts'
import {namesIn} from '../toolkit/folder.ts'
import {listHandoffs, skippedWarning} from './store.ts'
import {readHandoff} from './read.ts'
import {republish} from './claim.ts'
import {orphanImports, recoverImports} from './legacy.ts'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** What a clean did (or, with `dryRun`, would do). */
export interface CleanResult {
  deleted: string[]
  kept: number
  sweptTemp: string[]
  restored: string[]
  /** files skipped because they could not be read, each naming the file and what to do */
  warnings: string[]
  /** pending handoffs of legacy imports finished for a killed importer (only with `home`) */
  imported: string[]
}

/**
 * Deletes consumed handoffs older than `days`, counted from `consumed.at`,
 * falling back to the file's mtime, and sweeps litter.
 *
 * @param [options.days=7] retention of consumed handoffs, in days
 * @param [options.dryRun=false] report only
 * @param [options.home] `$CLAUDE_HOME`: also finish legacy imports a killed process left, and record each
 *   deleted note in the history index (`$CLAUDE_HOME/baton/history.jsonl`) before deleting it
 */
export async function cleanHandoffs(
  dir: string,
  now: Date,
  options: {days?: number; dryRun?: boolean; home?: string} = {}
): Promise<CleanResult> {
  const days = options.days ?? 7
  if (!Number.isFinite(days) || days < 0) throw new TypeError('Expected `days` to be a number >= 0')
  const cutoff = now.getTime() - days * DAY
  const result: CleanResult = {deleted: [], kept: 0, sweptTemp: [], restored: [], warnings: [], imported: []}
  const doomed: Doomed[] = []
  for (const entry of listHandoffs(dir).consumed) {
    let doc
    try {
      doc = readHandoff(entry.path)
    } catch (error) {
      result.warnings.push(skippedWarning(error, entry.path)) // kept; the rest are still cleaned
      continue
    }
    if (!doc) continue
    const at = Date.parse(String(doc.meta.consumed?.at ?? ''))
    const when = Number.isNaN(at) ? doc.mtimeMs : at
    if (when < cutoff) doomed.push({path: entry.path, name: entry.name, doc})
    else result.kept++
  }
  await deleteRecorded(doomed, now, options, result)
  // A session's received log lives as long as the notes it names (received-log.ts).
  if (!options.dryRun && options.home !== undefined) {
    pruneReceived(options.home, days, now)
    pruneReplyLogs(options.home, days, now)
  }
  sweepLitter(dir, now, options.dryRun ?? false, result)
  if (options.home !== undefined && !options.dryRun && orphanImports(options.home).length > 0) {
    // A legacy import a killed process left half done: finish it.
    result.imported = await recoverImports(options.home, dir, now)
  }
  return result
}

/** A consumed note past retention. */
interface Doomed {
  path: string
  name: string
  doc: NonNullable<ReturnType<typeof readHandoff>>
}

/**
 * Deletes the `doomed` notes, each only after its line is in the history index
 * (with `home`): a note whose line could not be written is kept, with a warning.
 */
async function deleteRecorded(
  doomed: readonly Doomed[],
  now: Date,
  options: {dryRun?: boolean; home?: string},
  result: CleanResult
): Promise<void> {
  if (doomed.length === 0) return
  if (!options.dryRun && options.home !== undefined) {
    const {recordDeleted} = await import('./history-entry.ts')
    try {
      await recordDeleted(options.home, doomed, now)
    } catch (error) {
      const e = error as {message?: string; hint?: string}
      result.warnings.push(
        `baton: kept ${doomed.length} consumed handoff(s) past retention: the history index could not be written ` +
          `(${e.message ?? String(error)})${e.hint ? `; ${e.hint}` : ''}. The next clean tries again.`
      )
      result.kept += doomed.length
      return
    }
  }
  for (const {path} of doomed) {
    if (!options.dryRun) rmSync(path, {force: true})
    result.deleted.push(path)
  }
}

/**
 * Sweeps temp files and puts back claims whose writer or claimer is gone.
 * Cheap: only Baton's own dot-files are looked at. A file whose process
 * still runs (same pid, start time, pid namespace and boot) is never touched,
 * however old it looks; one whose process is gone is handled at once; one
 * whose process cannot be judged (another host or pid namespace, an older
 * name) waits until it is an hour old, and a time in the future is never old
 * (see `abandoned`).
 */
export function sweepLitter(
  dir: string,
  now: Date,
  dryRun = false,
  result: CleanResult = {deleted: [], kept: 0, sweptTemp: [], restored: [], warnings: [], imported: []}
): CleanResult {
  for (const name of namesIn(dir)) {
    const temp = name.startsWith(TEMP_PREFIX)
    const hold = temp ? undefined : name.startsWith(CLAIM_PREFIX) ? parseClaimName(name) : undefined
    if (!temp && !hold) continue
    const path = join(dir, name)
    let age: number
    try {
      const st = lstatSync(path)
      if (!st.isFile()) continue
      // A temp file's age is its last write. A hold keeps the mtime of the
      // handoff it holds, but the rename that made it set its ctime.
      age = now.getTime() - (temp ? st.mtimeMs : Math.max(st.mtimeMs, st.ctimeMs))
    } catch {
      continue
    }
    if (temp) {
      const writer = parseTempName(name)
      if (abandoned(writer ? judge(writer) : 'unknown', age, HOUR)) {
        if (!dryRun) rmSync(path, {force: true})
        result.sweptTemp.push(path)
      }
    } else if (hold && abandoned(judge(hold.holder), age, HOUR)) {
      try {
        if (!dryRun) restoreHold(dir, path, hold.pendingName, hold.restoring)
        result.restored.push(path)
      } catch (error) {
        result.warnings.push(skippedWarning(error, path)) // one bad hold never blocks the rest
      }
    }
  }
  return result
}

/**
 * Puts back a hold whose claimer died before delivering it: the handoff
 * becomes pending again (under a free name), then the unfinished `_done.md`
 * copy, identical in body, is removed. Content exists on disk at every step.
 *
 * Two phases, told apart by the hold's name, so that a sweeper killed in turn
 * never makes a second pending copy: first the dead claimer's `_done` copy is
 * dropped, and the hold is renamed to a `restoring` one; then it is linked
 * back to a pending name and unlinked. A sweeper that finds a dead
 * `restoring` hold knows the clean-up is done, so if the note is pending or
 * held again (the inode has another link) or a consumed copy of it exists, the
 * earlier sweeper had already put it back: it only removes the hold.
 */
function restoreHold(dir: string, deadHold: string, pendingName: string, restoring: boolean): void {
  // Take the hold over first (rename is atomic): when two sweepers find the
  // same dead hold, only one restores it. If this process dies in turn, the
  // hold it now owns is dead too, and is restored later.
  let hold = join(dir, claimName(pendingName, selfHolder(), restoring ? `${RESTORING}${token()}` : token()))
  try {
    renameSync(deadHold, hold)
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return
    throw error
  }
  const doc = readQuiet(hold)
  if (doc === null) return // vanished
  if (restoring) {
    if (putBackAlready(dir, hold, pendingName, doc)) rmSync(hold, {force: true})
    else republish(dir, hold, pendingName)
    return
  }
  // An unreadable hold is put back all the same; only its `_done` copy stays.
  // First drop the dead claimer's unfinished `_done` copy (same body, or the
  // empty placeholder that reserves the name where there are no hard links),
  // while the handoff is not yet pending: once it is, a new claimer may
  // publish a copy with the same body, which must not be mistaken for the dead one's.
  const done = doc ? sameBodyDone(dir, pendingName, doc.body) : undefined
  if (done) rmSync(done, {force: true})
  // Still linked elsewhere once that copy is gone: a put-back (claim failure,
  // reader gone) died after linking the note back. It is pending already.
  if (linkCount(hold) > 1) return rmSync(hold, {force: true})
  const next = join(dir, claimName(pendingName, selfHolder(), `${RESTORING}${token()}`))
  renameSync(hold, next)
  hold = next
  republish(dir, hold, pendingName)
}

/** The first `_done` copy of `pendingName` whose body is `body` (or an empty placeholder), if any. */
function sameBodyDone(dir: string, pendingName: string, body: string): string | undefined {
  for (let n = 1; n < 1000; n++) {
    const path = join(dir, doneName(pendingName, n))
    const done = readQuiet(path)
    if (!done) return undefined
    if (done.body === body || done.raw === '') return path
  }
  return undefined
}

/** Whether an earlier sweeper of this `restoring` hold had already linked it back before it died. */
function putBackAlready(dir: string, hold: string, pendingName: string, doc: ReturnType<typeof readQuiet>): boolean {
  if (linkCount(hold) > 1) return true // pending again, or held by a new claimer
  return doc ? sameBodyDone(dir, pendingName, doc.body) !== undefined : false // claimed and consumed since
}

/** How many names `path` has (0 when it vanished). */
function linkCount(path: string): number {
  try {
    return lstatSync(path).nlink
  } catch {
    return 0
  }
}

/** `readHandoff`, with `null` when the file vanished and `undefined` when it cannot be read. */
function readQuiet(path: string): ReturnType<typeof readHandoff> | null {
  try {
    return readHandoff(path) ?? null
  } catch {
    return undefined
  }
}
