/**
 * Sync across machines (design.md §14), the pure part: the paths of the
 * shared tree, reading `git ls-tree` output as data, and normalising a
 * remote URL into a project's identity. No disk, no processes, no clock.
 */
import {parseName, stampTime} from './names.ts'

/** Folder of claim files: `claims/<note name>/<machine id>`. */
export const CLAIMS = 'claims'

/** Largest blob materialised from the remote (bytes). */
export const MAX_REMOTE_BLOB = 8 * 1024 * 1024

const MACHINE = /^[a-z0-9][a-z0-9-]{0,40}$/

/** Whether `id` can be a machine id (and so a path component). */
export function isMachineId(id: string): boolean {
  return MACHINE.test(id)
}

/** A machine id from a host tag and random hex: `<host>-<hex>`. */
export function machineIdFrom(hostTag: string, hex: string): string {
  return `${hostTag.slice(0, 24) || 'host'}-${hex.slice(0, 8)}`
}

/** The tree path of `machine`'s claim on `note`. */
export function claimPath(note: string, machine: string): string {
  return `${CLAIMS}/${note}/${machine}`
}

/** One entry of `git ls-tree -r -z -l`. */
export interface TreeEntry {
  mode: string
  type: string
  sha: string
  size: number
  path: string
}

/** Parses `git ls-tree -r -z -l` output (`<mode> SP <type> SP <sha> SP+ <size> TAB <path> NUL`). */
export function parseLsTree(out: string): TreeEntry[] {
  const entries: TreeEntry[] = []
  for (const record of out.split('\0')) {
    if (record === '') continue
    const tab = record.indexOf('\t')
    if (tab < 0) continue
    const [mode = '', type = '', sha = '', size = ''] = record.slice(0, tab).split(/ +/)
    entries.push({mode, type, sha, size: size === '-' ? 0 : Number(size), path: record.slice(tab + 1)})
  }
  return entries
}

/** What the shared tree holds, as Baton reads it. */
export interface SyncTree {
  /** pending notes: name → blob sha (only regular blobs with a pending handoff name, within the size cap) */
  notes: Map<string, {sha: string; size: number}>
  /** claims: note name → machine ids that claimed it */
  claims: Map<string, string[]>
  /** claim blob shas, by `claims/<note>/<machine>` path */
  claimShas: Map<string, string>
  /** paths that are neither: ignored, never materialised */
  ignored: string[]
  /** no commit at all (an empty remote) */
  empty?: boolean
}

const REGULAR = new Set(['100644', '100755'])

/**
 * Sorts a tree listing into notes, claims and the rest. A symlink (120000), a
 * gitlink (160000), a nested or oddly named file, a consumed-looking name, or
 * a blob over the size cap is ignored: data Baton never materialises.
 */
export function readTree(entries: readonly TreeEntry[]): SyncTree {
  const tree: SyncTree = {notes: new Map(), claims: new Map(), claimShas: new Map(), ignored: []}
  for (const e of entries) {
    const regular = e.type === 'blob' && REGULAR.has(e.mode)
    const parts = e.path.split('/')
    if (regular && parts.length === 1) {
      const parsed = parseName(e.path)
      if (parsed && !parsed.consumed && e.size <= MAX_REMOTE_BLOB) {
        tree.notes.set(e.path, {sha: e.sha, size: e.size})
        continue
      }
    }
    if (regular && parts.length === 3 && parts[0] === CLAIMS) {
      const [, note = '', machine = ''] = parts
      const parsed = parseName(note)
      if (parsed && !parsed.consumed && isMachineId(machine)) {
        tree.claims.set(note, [...(tree.claims.get(note) ?? []), machine])
        tree.claimShas.set(e.path, e.sha)
        continue
      }
    }
    tree.ignored.push(e.path)
  }
  return tree
}

/** What a claim decision for one note is. */
export type ClaimVerdict = 'mine' | 'lost' | 'free' | 'gone'

const DAY = 86_400_000

/**
 * How long the claims ledger keeps a claim (days, counted from its note's
 * stamp): 90 days, or ten times `keepDays` when that is longer. See
 * {@link prunableClaims}.
 */
export function ledgerHorizonDays(keepDays: number): number {
  return Math.max(90, 10 * keepDays)
}

/**
 * The claim paths that may leave the ledger at `now` (ms): their note is gone
 * from the tree (retention deleted it, `keepDays` after its claim) and was
 * written more than the horizon ago. A note's name carries its stamp, so no
 * claim blob is read.
 */
export function prunableClaims(tree: Readonly<SyncTree>, now: number, keepDays: number): string[] {
  const cutoff = now - ledgerHorizonDays(keepDays) * DAY
  const out: string[] = []
  for (const path of tree.claimShas.keys()) {
    const note = path.split('/')[1] ?? ''
    const parsed = parseName(note)
    if (parsed && !tree.notes.has(note) && stampTime(parsed.stamp) < cutoff) out.push(path)
  }
  return out
}

/** Whether any of `trees` knows note `name`, as a note or by its claims. */
export function knownIn(trees: readonly Readonly<SyncTree>[], name: string): boolean {
  return trees.some((t) => t.notes.has(name) || t.claims.has(name))
}

/** The blobs `trees` hold under note `name` (distinct). */
export function blobsOf(trees: readonly Readonly<SyncTree>[], name: string): string[] {
  return [...new Set(trees.flatMap((t) => t.notes.get(name)?.sha ?? []))]
}

/**
 * The claim paths in `paths` (`claims/<note>/<machine>`, e.g. from the
 * remote's history) grouped by note: machine ids that ever claimed it.
 */
export function claimsByNote(paths: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const path of paths) {
    const [top, note = '', machine = ''] = path.split('/')
    if (top !== CLAIMS || !isMachineId(machine) || out.get(note)?.includes(machine)) continue
    out.set(note, [...(out.get(note) ?? []), machine])
  }
  return out
}

/**
 * The fate of a note this machine has claimed on the tip's evidence, once it is
 * known to be the note the remote knows by that name: claimed by another
 * machine (`lost`), by this one (`mine`), unclaimed (`free`), or neither on
 * the tip nor claimed there (`gone`: its push has not landed, or the tree was
 * rewritten; the remote's history decides, see {@link goneVerdict}).
 */
export function claimVerdict(tree: Readonly<SyncTree>, note: string, machine: string): ClaimVerdict {
  const claims = tree.claims.get(note) ?? []
  if (claims.some((m) => m !== machine)) return 'lost'
  if (claims.length > 0) return 'mine'
  return tree.notes.has(note) ? 'free' : 'gone'
}

/**
 * A `gone` note decided by the claims it ever had (the history of the remote
 * and of this machine's branch, which no clock can age): claimed by another
 * machine → `lost`, by this one → `mine`, never claimed → `unsent` (its push
 * has not landed: `baton sync` pushes it again; never delivered as local).
 */
export function goneVerdict(claimedBy: readonly string[] | undefined, machine: string): 'lost' | 'mine' | 'unsent' {
  if (claimedBy?.some((m) => m !== machine)) return 'lost'
  return claimedBy?.length ? 'mine' : 'unsent'
}

/**
 * The text of a claim file: which machine, session and person (`who`, when
 * known: for the writer's receipts), when. Generated, never user text.
 */
export function claimText(machine: string, session: string, at: string, who?: string): string {
  return `${JSON.stringify({machine, session, at, ...(who ? {who} : {})})}\n`
}

/** When a claim's text says it was made, in ms, or `undefined` when it does not say (or is not ours to read). */
export function claimTime(text: string): number | undefined {
  try {
    const at = (JSON.parse(text) as {at?: unknown}).at
    const t = typeof at === 'string' ? Date.parse(at) : Number.NaN
    return Number.isNaN(t) ? undefined : t
  } catch {
    return undefined
  }
}

/**
 * A remote URL reduced to what names the repository, so every clone agrees:
 * `git@github.com:me/app.git`, `ssh://git@github.com/me/app` and
 * `https://user@GitHub.com/me/app/` all become `github.com/me/app`. A local
 * path keeps its path (without `file://`, a trailing `/` or `.git`).
 */
export function normaliseRemote(url: string): string {
  let u = url.trim()
  let host = ''
  let path = u
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(u)
  if (scheme) {
    const rest = scheme[2]!
    if (scheme[1]!.toLowerCase() === 'file') path = rest
    else {
      const slash = rest.indexOf('/')
      host = slash < 0 ? rest : rest.slice(0, slash)
      path = slash < 0 ? '' : rest.slice(slash)
    }
  } else {
    const scp = /^(?:[^@/]+@)?([^:/]+):(.*)$/.exec(u)
    if (scp && !/^[a-z]:[\\/]/i.test(u)) {
      host = scp[1]!
      path = `/${scp[2]!}`
    }
  }
  host = host
    .replace(/^[^@]*@/, '')
    .replace(/:\d+$/, '')
    .toLowerCase()
  path = path
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '')
  if (host === '') return path
  u = `${host}/${path.replace(/^\/+/, '')}`
  return u
}

/** Whether `url` names a repository on this machine (a path or `file://`): git then runs its server side here. */
export function isLocalRemote(url: string): boolean {
  if (/^file:\/\//i.test(url)) return true
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[^/]*:/.test(url)
}
