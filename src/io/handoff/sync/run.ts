/**
 * `baton sync` (design.md §14): under the machine's sync lock, fetch; rename
 * local notes that only share their name with the remote's; retire local
 * copies of notes another machine consumed; materialise the notes this
 * machine lacks; push the notes that never left it or whose push never
 * landed (held, redacted); delete
 * notes consumed more than `keepDays` ago, and the claims of notes deleted
 * and written longer ago than the ledger's horizon. A rejected push means the tip
 * moved: fetch and build again.
 */
import {join} from 'node:path'
import {
  claimPath,
  claimText,
  claimTime,
  claimVerdict,
  goneVerdict,
  prunableClaims,
  type SyncTree
} from '../../../core/sync.ts'
import {redactBytes} from '../../toolkit/redact.ts'
import {listHandoffs} from '../store.ts'
import {
  busyNames,
  heldElsewhere,
  holdUnpushed,
  knownLocals,
  materialise,
  putBackPushed,
  renameCollisions,
  retire
} from './local.ts'
import {blob, Budget, commitOn, fetchTree, headTree, lastFetched, push, setHead} from './repo.ts'
import {history, originUrl} from './remote.ts'
import {sameNotes} from './same.ts'
import type {Reader} from '../../../core/address.ts'
import {readerOf} from '../identity.ts'
import {machineId, readSettings, withSyncLock, writeSettings} from './settings.ts'

/** What one sync did. */
export interface SyncReport {
  /** the URL git used (its `origin`) */
  remote: string
  machine: string
  pushed: string[]
  materialised: string[]
  retired: string[]
  deleted: string[]
  /** claims that left the ledger (their notes deleted, written more than the horizon ago) */
  pruned: number
  /** credentials redacted from pushed notes */
  redacted: number
  rounds: number
}

/** Options of {@link runSync}. */
export interface SyncOptions {
  dir: string
  /** `$CLAUDE_HOME` */
  home: string
  now: Date
  keepDays: number
  /** the whole budget (ms), default 120000 */
  budgetMs?: number
  /** how long to wait for the lock (ms), default the budget */
  lockWaitMs?: number
  /** who this machine's person is: only notes for them (or anyone) are materialised; default: asked here */
  reader?: Reader
}

const ROUNDS = 10
const DAY = 86_400_000

/** Runs one sync; throws an explained `BatonError` when the remote cannot be reached or refuses. */
export async function runSync(options: SyncOptions): Promise<SyncReport> {
  const settings = readSettings(options.dir)
  const batonDir = join(options.home, 'baton')
  const machine = machineId(batonDir)
  const budget = new Budget(options.budgetMs ?? 120_000)
  const report: SyncReport = {
    remote: (await originUrl(options.dir, budget)) || settings.remote,
    machine,
    pushed: [],
    materialised: [],
    retired: [],
    deleted: [],
    pruned: 0,
    redacted: 0,
    rounds: 0
  }
  try {
    const wait = options.lockWaitMs ?? budget.left()
    await withSyncLock(options.dir, options.home, wait, () => rounds(options, machine, budget, report))
  } catch (error) {
    writeSettings(options.dir, {...readSettings(options.dir), lastError: (error as Error).message})
    throw error
  }
  const {lastError: _, ...rest} = readSettings(options.dir)
  writeSettings(options.dir, {...rest, lastSync: options.now.toISOString()})
  return report
}

async function rounds(options: SyncOptions, machine: string, budget: Budget, report: SyncReport): Promise<void> {
  const {dir} = options
  // Holds of a sync or resumer killed mid-way go back to pending first, so that they are pushed too.
  if (listHandoffs(dir).litter > 0) (await import('../clean.ts')).sweepLitter(dir, options.now)
  // What this machine knew before this sync: the last fetch, and what it pushed or was pushing.
  const before = [await lastFetched(dir, budget), await headTree(dir, budget)]
  for (let round = 1; round <= ROUNDS; round++) {
    report.rounds = round
    const {tip, tree} = await fetchTree(dir, budget)
    const known = [tree, ...before]
    // A local note the trees know by name but not by its text never left here: renamed before anything retires it.
    const locals = knownLocals(dir, known)
    const {same} = await sameNotes(dir, locals, known, budget)
    renameCollisions(
      dir,
      [...locals.keys()].filter((name) => !same.has(name)),
      known
    )
    const {losers, claimedHere, carried} = await fates(dir, same, tree, before[1]!, machine, budget)
    report.retired.push(...(await retire(dir, losers, options.now)))
    const reader = options.reader ?? readerOf(dir, {me: ''})
    const {written, consumedHere} = await materialise(dir, tree, budget, reader)
    report.materialised.push(...written)
    const expiredNotes = await expired(dir, tree, options, budget)
    const pruned = prunableClaims(tree, options.now.getTime(), options.keepDays)
    const remove = [...expiredNotes, ...pruned]
    const holds = await holdUnpushed(dir, tree, claimedHere)
    try {
      if (holds.length === 0 && remove.length === 0 && carried.size === 0 && consumedHere.length === 0) {
        if (tip) await setHead(dir, tip, budget)
        return
      }
      // A note consumed here whose claim left the remote (a rewritten remote, a hand edit) is claimed again.
      const claim = claimText(machine, '', options.now.toISOString(), reader.me)
      const add = new Map<string, Buffer | string>(consumedHere.map((name) => [claimPath(name, machine), claim]))
      for (const h of holds) {
        const {bytes, redaction} = await redactBytes(h.bytes)
        report.redacted += redaction.findings.length
        add.set(h.name, bytes)
      }
      const notes = holds.length + carried.size
      const message = `sync ${machine}: +${notes} note(s), -${expiredNotes.length}, -${pruned.length} claim(s)`
      const commit = await commitOn(dir, tip, {add, keep: carried, remove}, {machine, message}, budget)
      await setHead(dir, commit, budget) // before the push: a note held here is synced from now on
      if ((await push(dir, commit, budget)) === 'ok') {
        report.pushed.push(...holds.map((h) => h.name), ...carried.keys())
        report.deleted.push(...expiredNotes)
        report.pruned = pruned.length
        return
      }
    } finally {
      for (const h of holds) putBackPushed(dir, h)
    }
  }
}

/**
 * What becomes of the local notes that are the remote's (`same`): claimed by
 * another machine (`losers`, note → that machine: retired), or gone from the
 * tip unclaimed, which the histories decide: claimed once by another machine
 * (a loser), by this one (`claimedHere`: kept pending for its resumer), or
 * never (its push has not landed: sent again). A note of the local `main` gone
 * from the tip whose local copy a resumer here holds is `carried`: sent again
 * from `main`'s blob, so that `main` never forgets a note it has not seen land.
 */
async function fates(
  dir: string,
  same: ReadonlySet<string>,
  tree: Readonly<SyncTree>,
  head: Readonly<SyncTree>,
  machine: string,
  budget: Budget
): Promise<{losers: Map<string, string>; claimedHere: Set<string>; carried: Map<string, string>}> {
  const losers = new Map<string, string>()
  const gone: string[] = []
  for (const name of same) {
    const verdict = claimVerdict(tree, name, machine)
    const winner = tree.claims.get(name)?.find((m) => m !== machine)
    if (verdict === 'lost' && winner) losers.set(name, winner)
    if (verdict === 'gone') gone.push(name)
  }
  const held = [...heldElsewhere(dir)].filter((n) => head.notes.has(n) && claimVerdict(tree, n, machine) === 'gone')
  const claimedHere = new Set<string>()
  const carried = new Map<string, string>()
  if (gone.length + held.length === 0) return {losers, claimedHere, carried}
  const {claims} = await history(dir, [...gone, ...held], budget)
  for (const name of [...gone, ...held]) {
    const verdict = goneVerdict(claims.get(name), machine)
    if (verdict === 'lost')
      losers.set(
        name,
        claims.get(name)!.find((m) => m !== machine)!
      )
    else if (verdict === 'mine') claimedHere.add(name)
    else if (held.includes(name)) carried.set(name, head.notes.get(name)!.sha)
  }
  return {losers, claimedHere, carried}
}

/** Notes claimed more than `keepDays` ago, with no local pending or held copy: deleted from the tree. */
async function expired(dir: string, tree: Readonly<SyncTree>, options: SyncOptions, budget: Budget): Promise<string[]> {
  const busy = busyNames(dir)
  const cutoff = options.now.getTime() - options.keepDays * DAY
  const remove = new Set<string>()
  for (const [path, sha] of tree.claimShas) {
    const note = path.split('/')[1]!
    if (!tree.notes.has(note) || busy.has(note) || remove.has(note)) continue
    const at = claimTime((await blob(dir, sha, budget)).toString('utf8'))
    if (at !== undefined && at < cutoff) remove.add(note)
  }
  return [...remove]
}
