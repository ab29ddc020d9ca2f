/**
 * `baton handoff log NAME` (design.md §15): a note's ancestors and
 * descendants, from the `parents:` of every note Baton still knows: files on
 * disk, the history index and, with git sync, the notes its history deleted.
 */
import {BatonError} from '../../core/errors.ts'
import {lineageOf, noteKey, parentsOf, type Lineage, type LineageNote} from '../../core/lineage.ts'
import {parseDoc} from './docs.ts'
import {listHandoffs} from './store.ts'
import {readUntrusted} from '../toolkit/untrusted.ts'
import {readHistory} from './history-read.ts'
import {deletedNotes, isSyncRepo} from './git-history.ts'

/** How much of a note is read for its front matter. */
const HEAD = 64 * 1024

type Known = Omit<LineageNote, 'generation'> & {parents: string[]}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

/** Every note Baton knows of, by key: files on disk first, then git history, then the index. */
async function knownNotes(dir: string, home: string, warnings: string[]): Promise<Map<string, Known>> {
  const known = new Map<string, Known>()
  const add = (name: string, source: string, meta: Record<string, unknown>): void => {
    const key = noteKey(name)
    if (key === undefined || known.has(key)) return
    const parents = parentsOf(meta).flatMap((p) => noteKey(p) ?? [])
    known.set(key, {
      key,
      name,
      source,
      created: str(meta.created),
      branch: str(meta.branch),
      project: str(meta.project),
      parents
    })
  }
  const {pending, consumed} = listHandoffs(dir)
  for (const f of [...consumed, ...pending]) {
    let bytes: Buffer | undefined
    try {
      bytes = readUntrusted(f.path, {maxBytes: HEAD, over: 'head'})?.bytes
    } catch {
      continue
    }
    if (bytes) add(f.name, f.consumed ? 'consumed' : 'pending', (await parseDoc(bytes.toString('utf8'))).meta)
  }
  if (isSyncRepo(dir)) for (const n of deletedNotes(dir)) add(n.name, 'git', (await parseDoc(n.raw)).meta)
  const history = readHistory(home, (w) => warnings.push(w))
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!
    add(e.file, 'history', {...e})
  }
  return known
}

/**
 * The lineage of the note named `name` (pending, consumed or deleted name).
 *
 * @throws BatonError `ENOENT` when no note by that name is known, and none names it as a parent
 */
export async function handoffLineage(
  dir: string,
  home: string,
  name: string
): Promise<{lineage: Lineage; warnings: string[]}> {
  const warnings: string[] = []
  const key = noteKey(name.endsWith('.md') ? name : `${name}.md`)
  const known = await knownNotes(dir, home, warnings)
  const nodes = [...known.values()]
  if (key === undefined || (!known.has(key) && !nodes.some((n) => n.parents.includes(key)))) {
    throw new BatonError('ENOENT', `no handoff named "${name}" is known`, {
      hint: `give a file name such as 2026-11-20_101500_main_done.md; find one with: baton handoff search WORD --all`
    })
  }
  const note = (k: string, generation: number): LineageNote => {
    const n = known.get(k)
    const {parents: _parents, ...facts} = n ?? {
      key: k,
      name: k,
      source: 'unknown',
      created: null,
      branch: null,
      project: null,
      parents: []
    }
    return {...facts, generation}
  }
  const {ancestors, descendants} = lineageOf(key, nodes)
  return {
    lineage: {
      note: note(key, 0),
      ancestors: ancestors.map((r) => note(r.key, -r.generation)).reverse(),
      descendants: descendants.map((r) => note(r.key, r.generation))
    },
    warnings
  }
}
