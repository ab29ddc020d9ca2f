/**
 * Branch namespaces on disk: `baton memory ns` creates `memory/<branch-slug>/`;
 * `baton memory merge` moves its files back into the memory folder under the
 * folder's and the index's locks. New files move in and get index entries; a
 * file whose name exists with other content is kept beside it as
 * `name.<branch>.md` and reported as a conflict. Nothing is deleted: a
 * namespace file is removed only once its content is in the main folder.
 */
import {mkdirSync, readdirSync, rmdirSync, rmSync} from 'node:fs'
import {basename, join} from 'node:path'
import {BatonError, hasCode} from '../../core/errors.ts'
import {upsertEntry} from '../../core/memory/entries.ts'
import {branchSlug, conflictName, entriesByTarget, entryForFile, hasEntry, onlyEntries, retarget} from '../../core/memory/namespace.ts'
import {checkMemory, type MemoryCheck} from '../../core/memory/limits.ts'
import {withLocks, type Lease, type LockOptions} from '../toolkit/lock.ts'
import {commitFile, UPDATE_ATTEMPTS} from '../toolkit/locked-update.ts'
import {readIfExists} from '../toolkit/untrusted.ts'
import {decodeUtf8} from '../../core/utf8.ts'
import {MEMORY_FILE} from './path.ts'
import {publishExclusive} from '../toolkit/publish.ts'
import {fileError as fsError} from '../toolkit/errors.ts'

/** The namespace folder of `branch` in `memoryDir`; throws `ENOBRANCH` for a branch with no usable name. */
export function namespaceDir(memoryDir: string, branch: string): string {
  const slug = branchSlug(branch)
  if (slug === '') {
    throw new BatonError('ENOBRANCH', branch === '' ? 'not on a branch (no git repository, or a detached HEAD)' : `branch "${branch}" gives no usable folder name`, {
      hint: 'name the branch: --branch feat/x'
    })
  }
  return join(memoryDir, slug)
}

/** Creates (if needed) and returns the namespace folder of `branch`. */
export function ensureNamespace(memoryDir: string, branch: string): {dir: string; created: boolean} {
  const dir = namespaceDir(memoryDir, branch)
  try {
    const made = mkdirSync(dir, {recursive: true, mode: 0o700})
    return {dir, created: made !== undefined}
  } catch (error) {
    throw fsError(error, 'create the memory namespace', dir)
  }
}

/** What a merge did. */
export interface MergeResult {
  namespace: string
  /** files that moved in under their own name */
  moved: string[]
  /** files already in the main folder with the same content */
  identical: string[]
  /** files kept beside a different original: `{file, keptAs}` */
  conflicts: {file: string; keptAs: string}[]
  /** index entries added to MEMORY.md */
  entries: string[]
  /** entries of the namespace that were left alone (sub-folders, symlinks) */
  skipped: string[]
  /** the namespace folder was empty afterwards and removed */
  removed: boolean
  /** the index afterwards */
  check: MemoryCheck
}

/** Moves `content` (bytes, kept exactly) in as `name`, or beside it when `name` exists with other content. */
function place(memoryDir: string, name: string, content: Buffer, slug: string): {as: string; how: 'moved' | 'identical' | 'conflict'} {
  for (;;) {
    const existing = readIfExists(join(memoryDir, name), 'user')?.bytes
    if (existing?.equals(content)) return {as: name, how: 'identical'}
    if (existing !== undefined) {
      const as = publishExclusive(memoryDir, (n) => conflictName(name, slug, n), content, {mode: 0o644})
      return {as: basename(as), how: 'conflict'}
    }
    try {
      publishExclusive(memoryDir, () => name, content, {mode: 0o644, attempts: 1})
      return {as: name, how: 'moved'}
    } catch (error) {
      if (!(error instanceof BatonError && error.code === 'EFULL')) throw fsError(error, 'move a file into', memoryDir)
      // created meanwhile: look again
    }
  }
}

/**
 * Writes the merged index under `lease`. If a program that takes no lock
 * changed the index meanwhile, the entries are added again to what is there
 * now, so neither its change nor an entry is lost.
 *
 * @returns the index as written
 */
function commitIndex(path: string, first: Buffer | undefined, planned: string, adds: readonly [string, string][], lease: Lease): string {
  let before = first
  let index = planned
  for (let n = 1; ; n++) {
    try {
      commitFile(path, index, lease, before)
      return index
    } catch (error) {
      if (!(error instanceof BatonError && error.code === 'ECHANGED') || n >= UPDATE_ATTEMPTS) throw error
      before = readIfExists(path, 'user')?.bytes
      index = before === undefined ? '' : decodeUtf8(before, path, 'merge entries into it')
      for (const [key, line] of adds) if (!hasEntry(index, key)) index = upsertEntry(index, line, key).text
    }
  }
}

/**
 * Merges the namespace of `branch` back into `memoryDir`.
 *
 * @throws BatonError `ENONS` when the namespace does not exist
 */
export async function mergeNamespace(memoryDir: string, branch: string, lock: Readonly<LockOptions> = {}): Promise<MergeResult> {
  const nsDir = namespaceDir(memoryDir, branch)
  const slug = branchSlug(branch)
  const indexPath = join(memoryDir, MEMORY_FILE)
  return withLocks([memoryDir, indexPath], async ([, indexLease]) => {
    let dirents
    try {
      dirents = readdirSync(nsDir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))
    } catch (error) {
      if (hasCode(error, 'ENOENT')) {
        throw new BatonError('ENONS', `branch "${branch}" has no memory namespace: ${nsDir} does not exist`, {file: nsDir, hint: 'list namespaces with: ls ' + memoryDir})
      }
      throw fsError(error, 'read', nsDir)
    }
    const result: MergeResult = {namespace: nsDir, moved: [], identical: [], conflicts: [], entries: [], skipped: [], removed: false, check: checkMemory('')}
    // Both indexes are decoded strictly before anything moves: rewriting them must not replace bytes.
    const nsIndexBytes = readIfExists(join(nsDir, MEMORY_FILE), 'user')?.bytes
    const nsIndex = nsIndexBytes === undefined ? '' : decodeUtf8(nsIndexBytes, join(nsDir, MEMORY_FILE), 'merge it')
    const nsEntries = entriesByTarget(nsIndex)
    const first = readIfExists(indexPath, 'user')?.bytes
    let index = first === undefined ? '' : decodeUtf8(first, indexPath, 'merge entries into it')
    const adds: [string, string][] = []
    const addEntry = (key: string, line: string): void => {
      if (hasEntry(index, key)) return
      index = upsertEntry(index, line, key).text
      adds.push([key, line])
      result.entries.push(line)
    }
    for (const d of dirents) {
      if (d.name === MEMORY_FILE) continue
      if (!d.isFile()) {
        result.skipped.push(join(nsDir, d.name))
        continue
      }
      const from = join(nsDir, d.name)
      const content = readIfExists(from, 'user')?.bytes ?? Buffer.alloc(0)
      const {as, how} = place(memoryDir, d.name, content, slug)
      if (how === 'moved') result.moved.push(as)
      else if (how === 'identical') result.identical.push(as)
      else result.conflicts.push({file: d.name, keptAs: as})
      if (d.name.endsWith('.md')) addEntry(as, retarget(nsEntries.get(d.name) ?? entryForFile(as, content.toString('utf8')), d.name, as))
      rmSync(from, {force: true})
    }
    if (nsIndex !== '') {
      const nsIndexPath = join(nsDir, MEMORY_FILE)
      if (!onlyEntries(nsIndex)) {
        const {as} = place(memoryDir, `MEMORY.${slug}.md`, nsIndexBytes!, slug)
        result.conflicts.push({file: MEMORY_FILE, keptAs: as})
        addEntry(as, `- [Notes from branch ${branch}](${as}) — the branch's own MEMORY.md, kept whole`)
      }
      rmSync(nsIndexPath, {force: true})
    }
    if (adds.length > 0) index = commitIndex(indexLease!.target, first, index, adds, indexLease!)
    try {
      rmdirSync(nsDir)
      result.removed = true
    } catch {
      // not empty: something was skipped
    }
    result.check = checkMemory(index)
    return result
  }, lock)
}
