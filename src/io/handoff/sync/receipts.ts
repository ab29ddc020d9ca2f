/**
 * Receipts (design.md §14, "People"): the notes a person wrote, read from the
 * remote's tree (so every one of their machines sees the same), and who took
 * each (from its claim). Also the one line SessionStart shows the writer about
 * notes of theirs picked up since it last said.
 */
import {deliveryOf, identity, recipientOf, senderOf, type Delivery, type Sent} from '../../../core/address.ts'
import {handoffProject} from '../../../core/handoff-meta.ts'
import {claimPath, MAX_REMOTE_BLOB, type SyncTree} from '../../../core/sync.ts'
import {parseDoc} from '../docs.ts'
import {handoffText, listHandoffs} from '../store.ts'
import {git} from './git.ts'
import {Budget, fetchTree, headNames, lastFetched, transient} from './repo.ts'
import {withSyncLock} from './settings.ts'
import {readTold, writeTold} from './told.ts'

/** Reads blobs in one `git cat-file --batch` (each at most the size cap); a missing one is left out. */
async function blobs(dir: string, shas: readonly string[], budget: Budget): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  const wanted = [...new Set(shas)].filter((s) => /^[0-9a-f]{40,64}$/.test(s))
  if (wanted.length === 0) return out
  const r = await git(dir, ['cat-file', '--batch'], {input: `${wanted.join('\n')}\n`, timeoutMs: budget.left()})
  const bytes = r.bytes
  let at = 0
  while (at < bytes.length) {
    const nl = bytes.indexOf(10, at)
    if (nl < 0) break
    const [sha = '', type = '', size = ''] = bytes.subarray(at, nl).toString('latin1').split(' ')
    at = nl + 1
    if (type === 'missing' || size === '') continue
    const n = Number(size)
    if (type === 'blob' && n <= MAX_REMOTE_BLOB) out.set(sha, bytes.subarray(at, at + n))
    at += n + 1
  }
  return out
}

/** The notes of `tree` written by `me`, with what became of each (first claim). */
async function sentIn(dir: string, tree: Readonly<SyncTree>, me: string, budget: Budget): Promise<Sent[]> {
  const names = [...tree.notes.keys()]
  const texts = await blobs(
    dir,
    names.map((n) => tree.notes.get(n)!.sha),
    budget
  )
  const mine: Sent[] = []
  for (const note of names) {
    const bytes = texts.get(tree.notes.get(note)!.sha)
    if (!bytes) continue
    const meta = (await parseDoc(bytes.toString('utf8'))).meta
    if (senderOf(meta) !== identity(me)) continue
    const project = (typeof meta.remote === 'string' && meta.remote) || handoffProject(meta)
    const created = typeof meta.created === 'string' ? meta.created : undefined
    mine.push({
      note,
      to: recipientOf(meta),
      state: 'waiting',
      ...(project ? {project} : {}),
      ...(created ? {created} : {})
    })
  }
  const claimShas = mine.flatMap((s) =>
    (tree.claims.get(s.note) ?? []).map((m) => tree.claimShas.get(claimPath(s.note, m)) ?? '')
  )
  const claims = await blobs(dir, claimShas, budget)
  for (const s of mine) {
    const deliveries: Delivery[] = (tree.claims.get(s.note) ?? []).map((m) =>
      deliveryOf(claims.get(tree.claimShas.get(claimPath(s.note, m)) ?? '')?.toString('utf8') ?? '', m)
    )
    // One claim lands per note; should there be more, the earliest is the delivery.
    deliveries.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''))
    if (deliveries[0]) {
      s.state = 'delivered'
      s.delivered = deliveries[0]
    }
  }
  return mine
}

/** What `baton handoff sent` shows. */
export interface SentReport {
  me: string
  notes: Sent[]
  /** why the remote could not be asked (the list is then as of the last sync) */
  error?: string
}

/**
 * The notes `me` wrote, from any of their machines: the remote's (fetched
 * now, under the sync lock; the last fetched tree when the remote does not
 * answer, or with `fetch: false`) and this machine's not pushed yet. Oldest first.
 */
export async function sentNotes(
  dir: string,
  home: string,
  me: string,
  budgetMs: number,
  {fetch = true}: {fetch?: boolean} = {}
): Promise<SentReport> {
  const budget = new Budget(budgetMs)
  let tree: SyncTree | undefined
  let error: string | undefined
  try {
    if (fetch) tree = (await withSyncLock(dir, home, budget.left(), () => fetchTree(dir, budget))).tree
  } catch (e) {
    if (!transient(e)) throw e
    error = e.message
  }
  tree ??= await lastFetched(dir, budget)
  const notes = await sentIn(dir, tree, me, budget)
  const head = await headNames(dir, budget)
  for (const file of listHandoffs(dir, {pendingOnly: true}).pending) {
    if (tree.notes.has(file.name) || tree.claims.has(file.name) || head.has(file.name)) continue
    const raw = handoffText(file.path)
    const meta = raw === undefined ? undefined : (await parseDoc(raw)).meta
    if (!meta || senderOf(meta) !== identity(me)) continue
    const project = (typeof meta.remote === 'string' && meta.remote) || handoffProject(meta)
    const created = typeof meta.created === 'string' ? meta.created : undefined
    notes.push({
      note: file.name,
      to: recipientOf(meta),
      state: 'unpushed',
      ...(project ? {project} : {}),
      ...(created ? {created} : {})
    })
  }
  notes.sort((a, b) => a.note.localeCompare(b.note))
  return {me, notes, ...(error ? {error} : {})}
}

/**
 * The notes `me` wrote to others that were picked up since this machine last
 * said (from the last fetched tree: no network). Each claimed note is looked
 * at once per machine; the record keeps only names still claimed on the tree
 * (see told.ts).
 */
export async function pickedUpSince(dir: string, home: string, me: string, budgetMs: number): Promise<Sent[]> {
  const budget = new Budget(budgetMs)
  const tree = await lastFetched(dir, budget)
  const told = readTold(home)
  const fresh = [...tree.claims.keys()].filter((n) => !told.has(n) && tree.notes.has(n))
  const only: SyncTree = {...tree, notes: new Map(fresh.map((n) => [n, tree.notes.get(n)!]))}
  const picked =
    fresh.length === 0
      ? []
      : (await sentIn(dir, only, me, budget)).filter(
          (s) => s.to !== identity(me) && s.delivered && s.delivered.who !== identity(me)
        )
  // Written even when nothing was fresh: its time says this tree was looked at.
  writeTold(home, [...[...told].filter((n) => tree.claims.has(n)), ...fresh])
  return picked
}
