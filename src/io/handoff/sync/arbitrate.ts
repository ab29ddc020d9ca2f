/**
 * The remote as the arbiter of a resume (design.md §14): of the notes a
 * resumer won locally, those that are synced are delivered only once this
 * machine's claim is on the remote. Everything under the machine's sync lock,
 * within a time budget. A synced note is never delivered as local: when the
 * remote cannot be asked, or its push has not landed, it stays pending.
 */
import {join} from 'node:path'
import {claimPath, claimText, claimVerdict, goneVerdict, knownIn, type SyncTree} from '../../../core/sync.ts'
import {Budget, commitOn, fetchTree, headTree, lastFetched, push, transient} from './repo.ts'
import {history} from './remote.ts'
import {sameNotes} from './same.ts'
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
  /** the bytes of each held note, by pending name (tells a note of the same name from the synced one) */
  bytes: ReadonlyMap<string, Buffer>
  /** the claiming person, recorded in the claim (design.md §14, "People") */
  me?: string | undefined
}

/** What {@link arbitrate} decided. */
interface Decision {
  fates: Map<string, Fate>
  /** the machine that consumed each `lost` note */
  winners: Map<string, string>
  /** why notes are `later` (the remote unreachable, the lock busy, a push not landed) */
  reason?: string
}

const ROUNDS = 8
const UNSENT = 'their push has not reached the remote yet; the next `baton sync` sends them again'

/**
 * Decides each of `names` (pending names this process holds). A name neither
 * the last fetch nor the local `main` knows never left this machine: `local`,
 * even offline. Any other is `later` until the remote decides it.
 */
export async function arbitrate(names: readonly string[], options: ArbitrateOptions): Promise<Decision> {
  const decision: Decision = {fates: new Map(names.map((n) => [n, 'later'])), winners: new Map()}
  if (names.length === 0 || !syncOn(options.dir)) return {...decision, fates: new Map(names.map((n) => [n, 'local']))}
  const budget = new Budget(options.budgetMs)
  try {
    // Read without the lock: refs move atomically, and no sync can push or write a name this process holds.
    const known = [await lastFetched(options.dir, budget), await headTree(options.dir, budget)]
    for (const name of names) if (!knownIn(known, name)) decision.fates.set(name, 'local')
    const synced = names.filter((name) => knownIn(known, name))
    if (synced.length === 0) return decision
    const machine = machineId(join(options.home, 'baton'))
    const run = (): Promise<void> => decide(synced, known, decision, options, budget, machine)
    await withSyncLock(options.dir, options.home, budget.left(), run)
    return decision
  } catch (error) {
    if (!transient(error)) throw error // the notes decided stay so; the rest stay pending (`later`)
    decision.reason = error.code === 'ELOCKED' ? 'another sync holds the lock' : error.message
    return decision
  }
}

async function decide(
  synced: readonly string[],
  known: readonly SyncTree[],
  decision: Decision,
  options: ArbitrateOptions,
  budget: Budget,
  machine: string
): Promise<void> {
  const {dir} = options
  const {fates, winners} = decision
  let same: Set<string> | undefined
  for (let round = 0; round < ROUNDS; round++) {
    const {tip, tree} = await fetchTree(dir, budget)
    if (!same) {
      // A note that only shares its name with another machine's (never pushed from here) is local.
      const locals = new Map(synced.map((name) => [name, options.bytes.get(name) ?? Buffer.alloc(0)]))
      same = (await sameNotes(dir, locals, [tree, ...known], budget)).same
      for (const name of synced) if (!same.has(name)) fates.set(name, 'local')
    }
    const free: string[] = []
    const gone: string[] = []
    for (const name of same) {
      const verdict = claimVerdict(tree, name, machine)
      if (verdict === 'free') free.push(name)
      else if (verdict === 'gone') gone.push(name)
      else fates.set(name, verdict === 'mine' ? 'won' : 'lost')
      const winner = verdict === 'lost' ? tree.claims.get(name)?.find((m) => m !== machine) : undefined
      if (winner) winners.set(name, winner)
    }
    // Neither on the tip nor claimed: the histories decide (no clock does). Never claimed: its push has not
    // landed (a sync killed mid-push, a rewritten remote): it stays pending, and sync sends it again.
    const claims = gone.length > 0 ? (await history(dir, gone, budget)).claims : new Map<string, string[]>()
    for (const name of gone) {
      const verdict = goneVerdict(claims.get(name), machine)
      fates.set(name, verdict === 'lost' ? 'lost' : verdict === 'mine' ? 'won' : 'later')
      if (verdict === 'lost')
        winners.set(
          name,
          claims.get(name)!.find((m) => m !== machine)!
        )
      if (verdict === 'unsent') decision.reason = UNSENT
    }
    if (free.length === 0) return
    const text = claimText(machine, options.session, options.now.toISOString(), options.me)
    const add = new Map(free.map((name) => [claimPath(name, machine), text]))
    const message = `claim ${free.length} note(s) on ${machine}`
    const commit = await commitOn(dir, tip, {add, remove: []}, {machine, message}, budget)
    if ((await push(dir, commit, budget)) === 'ok') {
      for (const name of free) fates.set(name, 'won')
      return
    }
    same = new Set(free) // the others are decided; the tip moved under the free ones
  }
}
