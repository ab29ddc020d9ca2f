/**
 * Which local notes are the remote's notes of the same name (design.md §14).
 * Two machines can write different notes under one name (same second, same
 * slug: every autosave is `autosave`); a local note is taken for the synced
 * one only on evidence of its text, never by its name alone, so that a note
 * that never left this machine is neither retired nor lost.
 */
import {createHash} from 'node:crypto'
import {blobsOf, knownIn, type SyncTree} from '../../../core/sync.ts'
import type {Budget} from './repo.ts'
import {history, type History} from './remote.ts'

/** git's object id of a blob holding `bytes`, in the hash `like` is written in (SHA-1, or SHA-256). */
function blobId(bytes: Buffer, like: string): string {
  const hash = createHash(like.length === 64 ? 'sha256' : 'sha1')
  return hash.update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/**
 * Of `locals` (pending name → the local file's bytes), the names whose local
 * file is the note `trees` (the fetched tip, the last fetch, the local `main`)
 * know by that name: the same blob; else a blob the histories added under
 * that name, or one that is the local file redacted (as every push is). When
 * the tip (`trees[0]`) holds a note of that name, only its blob counts: `main`
 * may hold this machine's push of another note under that name that lost the
 * race to it (rejected, or sent by a sync SIGKILLed since). Not
 * who added it: a local name can hold another note after a put-back found it
 * taken, and a note taken for another is retired, while one pushed twice is
 * only received twice. A note known only
 * by claims, with no blob anywhere, is taken as claimed. The rest that a tree
 * knows are other notes of the same name: never pushed from here.
 *
 * @returns the same names, and the history read (when one was needed)
 */
export async function sameNotes(
  dir: string,
  locals: ReadonlyMap<string, Buffer>,
  trees: readonly Readonly<SyncTree>[],
  budget: Budget
): Promise<{same: Set<string>; history?: History}> {
  const same = new Set<string>()
  const unsure: string[] = []
  const redactable: [string, Set<string>][] = []
  for (const [name, bytes] of locals) {
    if (!knownIn(trees, name)) continue
    const onTip = trees[0]?.notes.get(name)?.sha
    const shas = onTip ? [onTip] : blobsOf(trees, name)
    if (shas.some((sha) => sha === blobId(bytes, sha))) same.add(name)
    else if (onTip) redactable.push([name, new Set(shas)])
    else unsure.push(name)
  }
  if (unsure.length + redactable.length === 0) return {same}
  const past = unsure.length > 0 ? await history(dir, unsure, budget) : undefined
  for (const name of unsure) {
    const adds = past?.adds.get(name) ?? []
    const shas = new Set([...blobsOf(trees, name), ...adds])
    const bytes = locals.get(name)!
    if (shas.size === 0) same.add(name)
    else if ([...shas].some((sha) => sha === blobId(bytes, sha))) same.add(name)
    else redactable.push([name, shas])
  }
  if (redactable.length > 0) {
    const {redactBytes} = await import('../../toolkit/redact.ts')
    for (const [name, shas] of redactable) {
      const {bytes} = await redactBytes(locals.get(name)!)
      if ([...shas].some((sha) => sha === blobId(bytes, sha))) same.add(name)
    }
  }
  return {same, history: past}
}
