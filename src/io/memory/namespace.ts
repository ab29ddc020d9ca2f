/**
 * Branch namespaces on disk: `baton memory ns` creates `memory/<branch-slug>/`;
 * `baton memory merge` moves its files back into the memory folder under the
 * folder's and the index's locks. New files move in and get index entries; a
 * file whose name exists with other content is kept beside it as
 * `name.<branch>.md` and reported as a conflict. Nothing is deleted: a
 * namespace file is removed only once its content is in the main folder.
 */
import {mkdirSync, readdirSync, rmdirSync, rmSync, type Dirent} from 'node:fs'
import {basename, join} from 'node:path'
import {BatonError, hasCode} from '../../core/errors.ts'
import {upsertEntry} from '../../core/memory/entries.ts'
import {
  branchSlug,
  conflictName,
  entriesByTarget,
  entryForFile,
  hasEntry,
  onlyEntries,
  retarget
} from '../../core/memory/namespace.ts'
import {checkMemory, type MemoryCheck} from '../../core/memory/limits.ts'
import {commentBlocks} from '../../core/memory/comments.ts'
import {withLocks, type Lease, type LockOptions} from '../toolkit/lock.ts'
import {commitFile, UPDATE_ATTEMPTS} from '../toolkit/locked-update.ts'
import {readIfExists} from '../toolkit/untrusted.ts'
import {decodeUtf8} from '../../core/utf8.ts'
import {MEMORY_FILE} from './path.ts'
import {publishExclusive} from '../toolkit/publish.ts'
import {fileError} from '../toolkit/errors.ts'

/** The namespace folder of `branch` in `memoryDir`; throws `ENOBRANCH` for a branch with no usable name. */
function namespaceDir(memoryDir: string, branch: string): string {
  const slug = branchSlug(branch)
  if (slug === '') {
    throw new BatonError(
      'ENOBRANCH',
      branch === ''
        ? 'not on a branch (no git repository, or a detached HEAD)'
        : `branch "${branch}" gives no usable folder name`,
      {
        hint: 'name the branch: --branch feat/x'
      }
    )
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
    throw fileError(error, 'create the memory namespace', dir)
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
function place(
  memoryDir: string,
  name: string,
  content: Buffer,
  slug: string
): {as: string; how: 'moved' | 'identical' | 'conflict'} {
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
      if (!(error instanceof BatonError && error.code === 'EFULL'))
        throw fileError(error, 'move a file into', memoryDir)
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
function commitIndex(
  path: string,
  first: Buffer | undefined,
  planned: string,
  adds: readonly [string, string][],
  lease: Lease
): string {
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
export async function mergeNamespace(
  memoryDir: string,
  branch: string,
  lock: Readonly<LockOptions> = {}
): Promise<MergeResult> {
  const nsDir = namespaceDir(memoryDir, branch)
  const indexPath = join(memoryDir, MEMORY_FILE)
  return withLocks(
    [memoryDir, indexPath],
    async ([, indexLease]) => {
      const dirents = listNamespace(nsDir, branch, memoryDir)
      const result: MergeResult = {
        namespace: nsDir,
        moved: [],
        identical: [],
        conflicts: [],
        entries: [],
        skipped: [],
        removed: false,
        check: checkMemory('')
      }
      // Both indexes are decoded strictly before anything moves: rewriting them must not replace bytes.
      const nsIndexPath = join(nsDir, MEMORY_FILE)
      const nsIndexBytes = readIfExists(nsIndexPath, 'user')?.bytes
      const nsIndex = nsIndexBytes === undefined ? '' : decodeUtf8(nsIndexBytes, nsIndexPath, 'merge it')
      const first = readIfExists(indexPath, 'user')?.bytes
      const text = first === undefined ? '' : decodeUtf8(first, indexPath, 'merge entries into it')
      const index = new IndexAdds(text, result.entries)
      moveFiles(dirents, {nsDir, memoryDir, slug: branchSlug(branch)}, entriesByTarget(nsIndex), index, result)
      if (nsIndex !== '') {
        if (!onlyEntries(nsIndex)) {
          // The branch's index holds more than entries: kept whole beside the index, and linked from it.
          const {as} = place(memoryDir, `MEMORY.${branchSlug(branch)}.md`, nsIndexBytes!, branchSlug(branch))
          result.conflicts.push({file: MEMORY_FILE, keptAs: as})
          index.add(as, `- [Notes from branch ${branch}](${as}) — the branch's own MEMORY.md, kept whole`)
        }
        rmSync(nsIndexPath, {force: true})
      }
      const written =
        index.adds.length > 0 ? commitIndex(indexLease!.target, first, index.text, index.adds, indexLease!) : index.text
      try {
        rmdirSync(nsDir)
        result.removed = true
      } catch {
        // not empty: something was skipped
      }
      result.check = checkMemory(written, {comments: commentBlocks})
      return result
    },
    lock
  )
}

/** The namespace's entries, by name. @throws BatonError `ENONS` when it does not exist */
function listNamespace(nsDir: string, branch: string, memoryDir: string): Dirent[] {
  try {
    return readdirSync(nsDir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))
  } catch (error) {
    if (hasCode(error, 'ENOENT')) {
      throw new BatonError('ENONS', `branch "${branch}" has no memory namespace: ${nsDir} does not exist`, {
        file: nsDir,
        hint: 'list namespaces with: ls ' + memoryDir
      })
    }
    throw fileError(error, 'read', nsDir)
  }
}

/** The index text with entries added in memory, remembering each one added (to add again if the file changes). */
class IndexAdds {
  readonly adds: [string, string][] = []
  text: string
  private readonly added: string[]

  constructor(text: string, added: string[]) {
    this.text = text
    this.added = added
  }

  /** Adds `line` for `key` unless the index has an entry for it already. */
  add(key: string, line: string): void {
    if (hasEntry(this.text, key)) return
    this.text = upsertEntry(this.text, line, key).text
    this.adds.push([key, line])
    this.added.push(line)
  }
}

/** Moves the namespace's files in (sub-folders and links are skipped), adding an index entry for each note. */
function moveFiles(
  dirents: readonly Dirent[],
  where: Readonly<{nsDir: string; memoryDir: string; slug: string}>,
  nsEntries: ReadonlyMap<string, string>,
  index: IndexAdds,
  result: MergeResult
): void {
  for (const d of dirents) {
    if (d.name === MEMORY_FILE) continue
    const from = join(where.nsDir, d.name)
    if (!d.isFile()) {
      result.skipped.push(from)
      continue
    }
    const content = readIfExists(from, 'user')?.bytes ?? Buffer.alloc(0)
    const {as, how} = place(where.memoryDir, d.name, content, where.slug)
    if (how === 'moved') result.moved.push(as)
    else if (how === 'identical') result.identical.push(as)
    else result.conflicts.push({file: d.name, keptAs: as})
    if (d.name.endsWith('.md')) {
      index.add(as, retarget(nsEntries.get(d.name) ?? entryForFile(as, content.toString('utf8')), d.name, as))
    }
    rmSync(from, {force: true})
  }
}
