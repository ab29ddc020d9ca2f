/**
 * Exactly-once claim (DESIGN §4.2). The claimer first renames the pending file
 * to a private hold name: rename is atomic, so exactly one process wins and the
 * rest get ENOENT. The winner records `consumed: {at, by}` and publishes the
 * `_done.md` copy without clobbering. It drops the hold only after it has
 * delivered the handoff (`release()`), so a claimer killed before delivery
 * leaves a hold, which the sweeper puts back as pending: a note is delivered at
 * least once even across SIGKILL, and exactly once otherwise.
 */
import {linkSync, readFileSync, renameSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {randomBytes} from 'node:crypto'
import {hasCode} from '../core/errors.ts'
import {claimName, doneName} from '../core/names.ts'
import {markConsumed} from '../core/frontmatter.ts'
import {publishExclusive} from './publish.ts'
import {fsError} from './store.ts'

/** A handoff this process won. */
export interface Claimed {
  /** path of the `_done.md` file now holding it */
  path: string
  /** the text as it was while pending */
  raw: string
  /** call once the handoff has been delivered: drops the hold */
  release: () => void
}

/**
 * Claims `pendingName` in `dir`. Returns `undefined` when another process won
 * it (or it vanished).
 *
 * @param by the claiming session's id
 * @param at ISO time of the claim
 */
export function claimHandoff(dir: string, pendingName: string, by: string, at: string): Claimed | undefined {
  const pending = join(dir, pendingName)
  const hold = join(dir, claimName(pendingName, process.pid, randomBytes(4).toString('hex')))
  try {
    renameSync(pending, hold)
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return undefined
    throw fsError(error, 'claim', pending)
  }
  try {
    const raw = readFileSync(hold, 'utf8')
    const path = publishExclusive(dir, (n) => doneName(pendingName, n), markConsumed(raw, at, by))
    return {path, raw, release: () => rmSync(hold, {force: true})}
  } catch (error) {
    // Put it back: a failed claim must leave the handoff pending, not hidden.
    try {
      linkSync(hold, pending) // never clobbers a newer file of the same name
      rmSync(hold, {force: true})
    } catch {
      // The sweeper restores it later.
    }
    throw fsError(error, 'mark as consumed', pending)
  }
}
