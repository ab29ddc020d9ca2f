/**
 * The remote as the arbiter of a resume (design.md §14): of the notes a
 * resumer won locally, those that are synced are delivered only once this
 * machine's claim is on the remote. Everything under the machine's sync lock,
 * within a time budget.
 */
import {join} from 'node:path'
import {claimPath, claimText, claimVerdict, mayBePruned, type SyncTree} from '../../../core/sync.ts'
import {blob, Budget, commitOn, fetchTree, headNames, lastFetched, push, transient} from './repo.ts'
import {everOnRemote} from './remote.ts'
import {machineId, syncOn, withSyncLock} from './settings.ts'

/** A note's fate: delivered as local, delivered with its claim on the remote, lost to another machine, or put back. */
export type Fate = 'local' | 'won' | 'lost' | 'later'

/** Options of {@link arbitrate}. */
export interface ArbitrateOptions {
  dir: string
  /** `$CLAUDE_HOME` */
  home: string
  session: string
  now: Date
  /** the whole budget, lock wait included (ms) */
  budgetMs: number
  /** the text each held note had, by pending name (tells a name collision from a received note) */
  texts?: ReadonlyMap<string, string>
}

const ROUNDS = 8

/** Whether a name is a synced note: known to the local branch or to the last fetch (as a note or by its claims). */
function syncedIn(head: ReadonlySet<string>, last: Readonly<SyncTree>): (name: string) => boolean {
  return (name) => head.has(name) || last.notes.has(name) || last.claims.has(name)
}

/**
 * Decides each of `names` (pending names this process holds). `winners` names
 * the machine that consumed each `lost` note; `reason` says why notes are
 * `later` (the remote unreachable, the lock busy).
 */
export async function arbitrate(
  names: readonly string[],
  options: ArbitrateOptions
): Promise<{fates: Map<string, Fate>; winners: Map<string, string>; reason?: string}> {
  const fates = new Map<string, Fate>(names.map((n) => [n, 'local']))
  const winners = new Map<string, string>()
  if (names.length === 0 || !syncOn(options.dir)) return {fates, winners}
  const budget = new Budget(options.budgetMs)
  const batonDir = join(options.home, 'baton')
  try {
    const machine = machineId(batonDir)
    const run = (): Promise<void> => decide(names, {fates, winners}, options, budget, machine)
    await withSyncLock(options.dir, options.home, budget.left(), run)
    return {fates, winners}
  } catch (error) {
    if (!transient(error)) throw error
    for (const [name, fate] of fates) if (fate !== 'local') fates.set(name, 'later')
    const reason = error.code === 'ELOCKED' ? 'another sync holds the lock' : error.message
    return {fates, winners, reason}
  }
}

async function decide(
  names: readonly string[],
  {fates, winners}: {fates: Map<string, Fate>; winners: Map<string, string>},
  options: ArbitrateOptions,
  budget: Budget,
  machine: string
): Promise<void> {
  const {dir} = options
  const last = await lastFetched(dir, budget)
  const head = await headNames(dir, budget)
  const synced: string[] = []
  for (const name of names.filter(syncedIn(head, last))) {
    // A local note that only shares its name with another machine's (never pushed, not received) is local.
    const remote = last.notes.get(name)
    const text = options.texts?.get(name)
    const own = !head.has(name) && remote && text !== undefined && !last.claims.has(name)
    if (own && (await blob(dir, remote.sha, budget)).toString('utf8') !== text) continue
    synced.push(name)
  }
  if (synced.length === 0) return
  for (const name of synced) fates.set(name, 'later') // until the remote says otherwise
  for (let round = 0; round < ROUNDS; round++) {
    const {tip, tree} = await fetchTree(dir, budget)
    const free: string[] = []
    const gone: string[] = []
    for (const name of synced) {
      const verdict = claimVerdict(tree, name, machine)
      if (verdict === 'free') free.push(name)
      else if (verdict === 'gone') gone.push(name)
      else fates.set(name, verdict === 'mine' ? 'won' : 'lost')
      const winner = verdict === 'lost' ? tree.claims.get(name)?.find((m) => m !== machine) : undefined
      if (winner) winners.set(name, winner)
    }
    // Neither on the tip nor claimed: never pushed (local), unless it is old enough for its claims to have
    // been pruned and the remote's history shows it was there (consumed elsewhere long ago).
    const old = gone.filter((name) => mayBePruned(name, options.now.getTime()))
    const seen = old.length > 0 ? await everOnRemote(dir, old, budget) : new Set<string>()
    for (const name of gone) fates.set(name, seen.has(name) ? 'lost' : 'local')
    if (free.length === 0) return
    const text = claimText(machine, options.session, options.now.toISOString())
    const add = new Map(free.map((name) => [claimPath(name, machine), text]))
    const message = `claim ${free.length} note(s) on ${machine}`
    const commit = await commitOn(dir, tip, {add, remove: []}, {machine, message}, budget)
    if ((await push(dir, commit, budget)) === 'ok') {
      for (const name of free) fates.set(name, 'won')
      return
    }
  }
}
