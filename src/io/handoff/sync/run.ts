/**
 * `baton sync` (design.md §13): under the machine's sync lock, fetch; retire
 * local copies of notes another machine consumed; materialise the notes this
 * machine lacks; push the notes that never left it (held, redacted); delete
 * notes consumed more than `keepDays` ago. A rejected push means the tip
 * moved: fetch and build again.
 */
import {renameSync} from 'node:fs'
import {join} from 'node:path'
import {BatonError, hasCode} from '../../../core/errors.ts'
import {candidateName, claimName, parseClaimName, parseName} from '../../../core/names.ts'
import {claimTime, type SyncTree} from '../../../core/sync.ts'
import {withLock} from '../../toolkit/lock.ts'
import {namesIn} from '../../toolkit/folder.ts'
import {selfHolder} from '../../toolkit/proc.ts'
import {token} from '../../toolkit/lazy.ts'
import {publishExclusive, unlinkQuiet} from '../../toolkit/publish.ts'
import {readIfExists} from '../../toolkit/untrusted.ts'
import {redactBytes} from '../../toolkit/redact.ts'
import {claimHandoff, republish} from '../claim.ts'
import {listHandoffs} from '../store.ts'
import {
  blob,
  Budget,
  commitOn,
  fetchTip,
  headNames,
  machineId,
  push,
  readSettings,
  setHead,
  treeAt,
  writeSettings
} from './repo.ts'

/** What one sync did. */
export interface SyncReport {
  remote: string
  machine: string
  pushed: string[]
  materialised: string[]
  retired: string[]
  deleted: string[]
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

/** Every pending name that has a local file of any kind: pending, held by a claimer, or consumed. */
function localNames(dir: string): Set<string> {
  const names = new Set<string>()
  for (const name of namesIn(dir)) {
    const pending = parseName(name)?.pendingName ?? parseClaimName(name)?.pendingName
    if (pending) names.add(pending)
  }
  return names
}

/** Runs one sync; throws an explained `BatonError` when the remote cannot be reached or refuses. */
export async function runSync(options: SyncOptions): Promise<SyncReport> {
  const settings = readSettings(options.dir)
  const batonDir = join(options.home, 'baton')
  const machine = machineId(batonDir)
  const budget = new Budget(options.budgetMs ?? 120_000)
  const report: SyncReport = {
    remote: settings.remote,
    machine,
    pushed: [],
    materialised: [],
    retired: [],
    deleted: [],
    redacted: 0,
    rounds: 0
  }
  try {
    await withLock(join(options.dir, '.git'), () => rounds(options, machine, budget, report), {
      wait: options.lockWaitMs ?? budget.left(),
      locksDir: join(batonDir, 'locks')
    })
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
  for (let round = 1; round <= ROUNDS; round++) {
    report.rounds = round
    const tip = await fetchTip(dir, budget)
    const tree = await treeAt(dir, tip, budget)
    report.retired.push(...(await retire(dir, tree, machine, options.now)))
    report.materialised.push(...(await materialise(dir, tree, budget)))
    const remove = await expired(dir, tree, options, budget)
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
      const message = `sync ${machine}: +${holds.length} note(s), -${remove.length}`
      const commit = await commitOn(dir, tip, {add, remove}, {machine, message}, budget)
      await setHead(dir, commit, budget) // before the push: a note held here is synced from now on
      if ((await push(dir, commit, budget)) === 'ok') {
        report.pushed.push(...holds.map((h) => h.name))
        report.deleted.push(...remove)
        return
      }
    } finally {
      for (const h of holds) republish(dir, h.hold, h.name)
    }
  }
}

/** Local pending copies of notes another machine claimed: consumed here too, marked by whom. */
async function retire(dir: string, tree: Readonly<SyncTree>, machine: string, now: Date): Promise<string[]> {
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

/** Writes each unclaimed note of the tip that has no local file of any kind (never over one). */
async function materialise(dir: string, tree: Readonly<SyncTree>, budget: Budget): Promise<string[]> {
  const here = localNames(dir)
  const written: string[] = []
  for (const [name, {sha}] of tree.notes) {
    if (here.has(name) || tree.claims.has(name)) continue
    const bytes = await blob(dir, sha, budget)
    try {
      publishExclusive(dir, () => name, bytes, {attempts: 1})
      written.push(name)
    } catch (error) {
      if (!(error instanceof BatonError && error.code === 'EFULL')) throw error // taken meanwhile: next sync
    }
  }
  return written
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

/** Pending names with a local pending file or a claimer's hold. */
function busyNames(dir: string): Set<string> {
  const busy = new Set<string>()
  for (const name of namesIn(dir)) {
    const parsed = parseName(name)
    const pending = parsed ? (parsed.consumed ? undefined : parsed.pendingName) : parseClaimName(name)?.pendingName
    if (pending) busy.add(pending)
  }
  return busy
}

/**
 * A local note that never left this machine but whose name another machine's
 * note took on the remote (same second, same slug) is renamed to a free name
 * first (`-2`, `-3`, …): held, published anew, then the hold dropped.
 */
async function renameCollisions(
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
interface Held {
  name: string
  hold: string
  bytes: Buffer
}

/** Holds each local pending note that is neither on the tip nor claimed there: notes that never left this machine. */
async function holdUnpushed(dir: string, tree: Readonly<SyncTree>): Promise<Held[]> {
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
