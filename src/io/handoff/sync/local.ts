/**
 * The local side of a sync (design.md §14): which names have local files,
 * retiring copies consumed elsewhere, materialising received notes, renaming
 * a note whose name another machine took, and holding notes while they are pushed.
 */
import {renameSync} from 'node:fs'
import {join} from 'node:path'
import {BatonError, hasCode} from '../../../core/errors.ts'
import {candidateName, claimName, parseClaimName, parseName} from '../../../core/names.ts'
import {mayBePruned, type SyncTree} from '../../../core/sync.ts'
import {namesIn} from '../../toolkit/folder.ts'
import {selfHolder} from '../../toolkit/proc.ts'
import {token} from '../../toolkit/lazy.ts'
import {publishExclusive, unlinkQuiet} from '../../toolkit/publish.ts'
import {readIfExists} from '../../toolkit/untrusted.ts'
import {claimHandoff, republish} from '../claim.ts'
import {consumeBytes, parseDoc} from '../docs.ts'
import {listHandoffs} from '../store.ts'
import {blob, type Budget} from './repo.ts'
import {everOnRemote} from './remote.ts'

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

/** Local pending copies of notes another machine claimed: consumed here too, marked by whom. */
export async function retire(dir: string, tree: Readonly<SyncTree>, machine: string, now: Date): Promise<string[]> {
  const retired: string[] = []
  for (const file of listHandoffs(dir, {pendingOnly: true}).pending) {
    const other = (tree.claims.get(file.name) ?? []).find((m) => m !== machine)
    if (!other) continue
    const claimed = await claimHandoff(dir, file.name, `machine:${other}`, now.toISOString())
    if (!claimed) continue // a local resumer holds it: it will ask the remote and lose
    claimed.release()
    retired.push(file.name)
  }
  return retired
}

/**
 * Local pending copies of notes that are neither on the tip nor claimed there
 * but old enough for their claims to have been pruned (design.md §14): those
 * the remote's history shows were on it were consumed elsewhere long ago, and
 * are retired as such; the rest never left this machine and are pushed.
 */
export async function retireForgotten(
  dir: string,
  tree: Readonly<SyncTree>,
  now: Date,
  budget: Budget
): Promise<string[]> {
  const old = listHandoffs(dir, {pendingOnly: true})
    .pending.map((f) => f.name)
    .filter((name) => !tree.notes.has(name) && !tree.claims.has(name) && mayBePruned(name, now.getTime()))
  if (old.length === 0) return []
  const retired: string[] = []
  for (const name of await everOnRemote(dir, old, budget)) {
    const claimed = await claimHandoff(dir, name, 'machine:unknown', now.toISOString())
    if (!claimed) continue // a local resumer holds it: it will ask the remote and lose
    claimed.release()
    retired.push(name)
  }
  return retired
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
 */
export async function materialise(dir: string, tree: Readonly<SyncTree>, budget: Budget): Promise<string[]> {
  const busy = busyNames(dir)
  const consumed = consumedCopies(dir)
  const written: string[] = []
  for (const [name, {sha}] of tree.notes) {
    if (busy.has(name) || tree.claims.has(name)) continue
    const bytes = await blob(dir, sha, budget)
    let seen = false
    for (const copy of consumed.get(name) ?? []) seen ||= await isCopyOf(copy, bytes)
    if (seen) continue
    try {
      publishExclusive(dir, () => name, bytes, {attempts: 1})
      written.push(name)
    } catch (error) {
      if (!(error instanceof BatonError && error.code === 'EFULL')) throw error // taken meanwhile: next sync
    }
  }
  return written
}

/**
 * A local note that never left this machine but whose name another machine's
 * note took on the remote (same second, same slug) is renamed to a free name
 * first (`-2`, `-3`, …): held, published anew, then the hold dropped.
 */
export async function renameCollisions(
  dir: string,
  tree: Readonly<SyncTree>,
  head: ReadonlySet<string>,
  budget: Budget
): Promise<void> {
  for (const file of listHandoffs(dir, {pendingOnly: true}).pending) {
    const remote = tree.notes.get(file.name)
    if (!remote || head.has(file.name) || tree.claims.has(file.name)) continue
    const hold = join(dir, claimName(file.name, selfHolder(), token()))
    try {
      renameSync(file.path, hold)
    } catch (error) {
      if (hasCode(error, 'ENOENT')) continue
      throw error
    }
    const bytes = readIfExists(hold, 'untrusted')?.bytes
    if (!bytes || bytes.equals(await blob(dir, remote.sha, budget))) {
      republish(dir, hold, file.name) // the materialised copy of that very note
      continue
    }
    const here = localNames(dir)
    const nameFor = (n: number): string => candidateName(file.stamp, file.slug, n + 1)
    const taken = (name: string): boolean => tree.notes.has(name) || tree.claims.has(name) || here.has(name)
    publishExclusive(dir, nameFor, bytes, {taken})
    unlinkQuiet(hold)
  }
}

/** A local note held (renamed away) while it is pushed. */
export interface Held {
  name: string
  hold: string
  bytes: Buffer
}

/** Holds each local pending note that is neither on the tip nor claimed there: notes that never left this machine. */
export async function holdUnpushed(dir: string, tree: Readonly<SyncTree>): Promise<Held[]> {
  const held: Held[] = []
  for (const file of listHandoffs(dir, {pendingOnly: true}).pending) {
    if (tree.notes.has(file.name) || tree.claims.has(file.name)) continue
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
