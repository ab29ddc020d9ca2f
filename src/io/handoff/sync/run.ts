/**
 * `baton sync` (design.md §14): under the machine's sync lock, fetch; retire
 * local copies of notes another machine consumed; materialise the notes this
 * machine lacks; push the notes that never left it (held, redacted); delete
 * notes consumed more than `keepDays` ago, and the claims of notes deleted
 * and written longer ago than the ledger's horizon. A rejected push means the tip
 * moved: fetch and build again.
 */
import {join} from 'node:path'
import {claimTime, prunableClaims, type SyncTree} from '../../../core/sync.ts'
import {redactBytes} from '../../toolkit/redact.ts'
import {republish} from '../claim.ts'
import {listHandoffs} from '../store.ts'
import {busyNames, holdUnpushed, materialise, renameCollisions, retire, retireForgotten} from './local.ts'
import {blob, Budget, commitOn, fetchTree, headNames, push, setHead} from './repo.ts'
import {originUrl} from './remote.ts'
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
  for (let round = 1; round <= ROUNDS; round++) {
    report.rounds = round
    const {tip, tree} = await fetchTree(dir, budget)
    report.retired.push(...(await retire(dir, tree, machine, options.now)))
    report.retired.push(...(await retireForgotten(dir, tree, options.now, budget)))
    report.materialised.push(...(await materialise(dir, tree, budget)))
    const expiredNotes = await expired(dir, tree, options, budget)
    const pruned = prunableClaims(tree, options.now.getTime(), options.keepDays)
    const remove = [...expiredNotes, ...pruned]
    await renameCollisions(dir, tree, await headNames(dir, budget), budget)
    const holds = await holdUnpushed(dir, tree)
    try {
      if (holds.length === 0 && remove.length === 0) {
        if (tip) await setHead(dir, tip, budget)
        return
      }
      const add = new Map<string, Buffer>()
      for (const h of holds) {
        const {bytes, redaction} = await redactBytes(h.bytes)
        report.redacted += redaction.findings.length
        add.set(h.name, bytes)
      }
      const message = `sync ${machine}: +${holds.length} note(s), -${expiredNotes.length}, -${pruned.length} claim(s)`
      const commit = await commitOn(dir, tip, {add, remove}, {machine, message}, budget)
      await setHead(dir, commit, budget) // before the push: a note held here is synced from now on
      if ((await push(dir, commit, budget)) === 'ok') {
        report.pushed.push(...holds.map((h) => h.name))
        report.deleted.push(...expiredNotes)
        report.pruned = pruned.length
        return
      }
    } finally {
      for (const h of holds) republish(dir, h.hold, h.name)
    }
  }
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
