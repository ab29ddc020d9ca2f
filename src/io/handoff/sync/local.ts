/**
 * The local side of a sync (design.md §14): which names have local files,
 * retiring copies consumed elsewhere, materialising received notes, renaming
 * a note whose name another machine took, and holding notes while they are pushed.
 */
import {renameSync} from 'node:fs'
import {join} from 'node:path'
import {BatonError, hasCode} from '../../../core/errors.ts'
import {candidateName, claimName, parseClaimName, parseName} from '../../../core/names.ts'
import {knownIn, type SyncTree} from '../../../core/sync.ts'
import {addressedTo, type Reader} from '../../../core/address.ts'
import {namesIn} from '../../toolkit/folder.ts'
import {selfHolder} from '../../toolkit/proc.ts'
import {token} from '../../toolkit/lazy.ts'
import {linkOrPlaceholder, publishExclusive, unlinkQuiet} from '../../toolkit/publish.ts'
import {readIfExists} from '../../toolkit/untrusted.ts'
import {claimHandoff, republish} from '../claim.ts'
import {consumeBytes, parseDoc} from '../docs.ts'
import {listHandoffs} from '../store.ts'
import {blob, type Budget} from './repo.ts'

/** Every pending name that has a local file of any kind: pending, held by a claimer, or consumed. */
export function localNames(dir: string): Set<string> {
  const names = new Set<string>()
  for (const name of namesIn(dir)) {
    const pending = parseName(name)?.pendingName ?? parseClaimName(name)?.pendingName
    if (pending) names.add(pending)
  }
  return names
}

/** Pending names with a local pending file or a claimer's hold. */
export function busyNames(dir: string): Set<string> {
  const busy = new Set<string>()
  for (const name of namesIn(dir)) {
    const parsed = parseName(name)
    const pending = parsed ? (parsed.consumed ? undefined : parsed.pendingName) : parseClaimName(name)?.pendingName
    if (pending) busy.add(pending)
  }
  return busy
}

/** Local pending copies of notes another machine consumed (note → that machine): consumed here too, marked by whom. */
export async function retire(dir: string, losers: ReadonlyMap<string, string>, now: Date): Promise<string[]> {
  const retired: string[] = []
  for (const [name, other] of losers) {
    const claimed = await claimHandoff(dir, name, `machine:${other}`, now.toISOString())
    if (!claimed) continue // a local resumer holds it: it will ask the remote and lose
    claimed.release()
    retired.push(name)
  }
  return retired
}

/** The bytes of each local pending note that one of `trees` knows by name (as a note or by its claims). */
export function knownLocals(dir: string, trees: readonly Readonly<SyncTree>[]): Map<string, Buffer> {
  const locals = new Map<string, Buffer>()
  for (const file of listHandoffs(dir, {pendingOnly: true}).pending) {
    if (!knownIn(trees, file.name)) continue
    const bytes = readIfExists(file.path, 'untrusted')?.bytes
    if (bytes) locals.set(file.name, bytes)
  }
  return locals
}

/** Names held by a claimer of this machine (a live one: litter was swept first) with no pending file. */
export function heldElsewhere(dir: string): Set<string> {
  const held = new Set<string>()
  const pending = new Set<string>()
  for (const name of namesIn(dir)) {
    const parsed = parseName(name)
    if (parsed && !parsed.consumed) pending.add(parsed.pendingName)
    const hold = parsed ? undefined : parseClaimName(name)?.pendingName
    if (hold) held.add(hold)
  }
  for (const name of pending) held.delete(name)
  return held
}

/** The consumed copies here, by the pending name they had. */
function consumedCopies(dir: string): Map<string, string[]> {
  const copies = new Map<string, string[]>()
  for (const file of listHandoffs(dir).consumed) {
    const pending = parseName(file.name)?.pendingName
    if (pending) copies.set(pending, [...(copies.get(pending) ?? []), file.path])
  }
  return copies
}

/** Whether the consumed copy at `path` is `bytes` marked consumed (that very note), not a note that shares its name. */
async function isCopyOf(path: string, bytes: Buffer): Promise<boolean> {
  const copy = readIfExists(path, 'untrusted')?.bytes
  if (!copy) return false
  if (copy.equals(bytes)) return true
  const consumed = (await parseDoc(copy.toString('utf8'))).meta.consumed
  if (consumed?.at === undefined || consumed.by === undefined) return false
  return (await consumeBytes(bytes, consumed.at, consumed.by)).equals(copy)
}

/**
 * Writes each unclaimed note of the tip that has no local pending or held
 * file (never over one). A consumed copy of the same name does not stop it
 * unless it is that very note: a note of this machine's that never left it
 * and was consumed here may share its name (same second, same slug) with
 * another machine's; the latter is still received, as a pending file of that
 * name (its `_done` copy will take the next free `_done-N` name).
 * `consumedHere` names the unclaimed notes whose very copy is consumed here
 * (their claims were removed from the remote): sync claims them again.
 * A note addressed to someone other than `reader` is left on the remote.
 */
export async function materialise(
  dir: string,
  tree: Readonly<SyncTree>,
  budget: Budget,
  reader?: Readonly<Reader>
): Promise<{written: string[]; consumedHere: string[]}> {
  const busy = busyNames(dir)
  const consumed = consumedCopies(dir)
  const written: string[] = []
  const consumedHere: string[] = []
  for (const [name, {sha}] of tree.notes) {
    if (busy.has(name) || tree.claims.has(name)) continue
    const bytes = await blob(dir, sha, budget)
    let seen = false
    for (const copy of consumed.get(name) ?? []) seen ||= await isCopyOf(copy, bytes)
    if (seen) consumedHere.push(name)
    if (seen) continue
    // Another person's note never lands here (design.md §14, "People"): it waits on the remote for them.
    if (reader && !addressedTo((await parseDoc(bytes.toString('utf8'))).meta, reader)) continue
    try {
      publishExclusive(dir, () => name, bytes, {attempts: 1})
      written.push(name)
    } catch (error) {
      if (!(error instanceof BatonError && error.code === 'EFULL')) throw error // taken meanwhile: next sync
    }
  }
  return {written, consumedHere}
}

/**
 * Local notes that never left this machine but whose names another machine's
 * notes took (same second, same slug; `names`, told apart by their text) are
 * renamed to a free name first (`-2`, `-3`, …: free here and in `trees`):
 * held, published anew, then the hold dropped. Before any claim of the other
 * note can retire them.
 */
export function renameCollisions(dir: string, names: readonly string[], trees: readonly Readonly<SyncTree>[]): void {
  for (const file of listHandoffs(dir, {pendingOnly: true}).pending) {
    if (!names.includes(file.name)) continue
    const hold = join(dir, claimName(file.name, selfHolder(), token()))
    try {
      renameSync(file.path, hold)
    } catch (error) {
      if (hasCode(error, 'ENOENT')) continue
      throw error
    }
    const bytes = readIfExists(hold, 'untrusted')?.bytes
    if (!bytes) {
      republish(dir, hold, file.name)
      continue
    }
    const here = localNames(dir)
    const nameFor = (n: number): string => candidateName(file.stamp, file.slug, n + 1)
    publishExclusive(dir, nameFor, bytes, {taken: (name) => knownIn(trees, name) || here.has(name)})
    unlinkQuiet(hold)
  }
}

/** A local note held (renamed away) while it is pushed. */
export interface Held {
  name: string
  hold: string
  bytes: Buffer
}

/**
 * Holds each local pending note that is neither on the tip nor claimed there
 * (except `skip`): notes that never left this machine, and notes whose push
 * has not landed (sent again).
 */
export async function holdUnpushed(dir: string, tree: Readonly<SyncTree>, skip: ReadonlySet<string>): Promise<Held[]> {
  const held: Held[] = []
  for (const file of listHandoffs(dir, {pendingOnly: true}).pending) {
    if (tree.notes.has(file.name) || tree.claims.has(file.name) || skip.has(file.name)) continue
    const hold = join(dir, claimName(file.name, selfHolder(), token()))
    try {
      renameSync(file.path, hold)
    } catch (error) {
      if (hasCode(error, 'ENOENT')) continue // claimed meanwhile
      throw error
    }
    try {
      const bytes = readIfExists(hold, 'untrusted')?.bytes
      if (bytes) held.push({name: file.name, hold, bytes})
      else republish(dir, hold, file.name)
    } catch (error) {
      republish(dir, hold, file.name)
      throw error
    }
  }
  return held
}

/**
 * Puts a note held for its push back under the name the remote knows it by.
 * A writer skips held names, but one that listed the folder just before the
 * hold was made may have taken it (it looked free): that
 * note never left this machine, so it moves to the next free name instead
 * (held, then republished), and a synced note's local name never changes.
 */
export function putBackPushed(dir: string, held: Held): void {
  const target = join(dir, held.name)
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      linkOrPlaceholder(held.hold, target)
      unlinkQuiet(held.hold)
      return
    } catch (error) {
      if (!hasCode(error, 'EEXIST')) throw error
    }
    const moved = join(dir, claimName(held.name, selfHolder(), token()))
    try {
      renameSync(target, moved)
    } catch (error) {
      if (hasCode(error, 'ENOENT')) continue // claimed meanwhile: the name is free again
      throw error
    }
    try {
      linkOrPlaceholder(held.hold, target)
      unlinkQuiet(held.hold)
      return
    } catch (error) {
      if (!hasCode(error, 'EEXIST')) throw error
    } finally {
      republish(dir, moved, held.name)
    }
  }
  republish(dir, held.hold, held.name) // never lost: under the next free name
}
