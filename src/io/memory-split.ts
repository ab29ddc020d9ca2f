/**
 * `baton memory split`: moves the sections of `MEMORY.md` into topic files so
 * the index fits what Claude Code loads. Runs under the memory folder's lock
 * and the index's lock; backs the original up first; creates topic files
 * without clobbering and appends to existing ones; rewrites the index last,
 * atomically. A crash part-way leaves sections duplicated, never lost.
 */
import {linkSync, mkdirSync, readdirSync, rmSync} from 'node:fs'
import {basename, dirname, join, resolve, sep} from 'node:path'
import {BatonError, hasCode} from '../core/errors.ts'
import {formatStamp} from '../core/names.ts'
import {slugify} from '../core/slug.ts'
import {appendSection} from '../core/memory/topic.ts'
import type {PlannedTopic, SplitPlan} from '../core/memory/split.ts'
import {withLock, withLocks, type LockOptions} from './lock.ts'
import {readIfExists, writeAtomic} from './memory-write.ts'
import {fsyncDir, publishExclusive, tempPath, writeNewFile} from './publish.ts'
import {batonDir} from './paths.ts'
import {fileError as fsError} from './memory-errors.ts'

type Env = Readonly<Record<string, string | undefined>>

/** Options of {@link splitMemory}. */
export interface SplitRunOptions {
  /** @default 200 */
  maxLines?: number
  /** @default 25000 */
  maxChars?: number
  /** plan only: change nothing */
  dryRun?: boolean
  env: Env
  now: Date
  lock?: LockOptions
}

/** What a split did (or, with `dryRun`, would do). */
export interface SplitRunResult {
  file: string
  /** the file does not exist: nothing to do */
  missing: boolean
  changed: boolean
  dryRun: boolean
  /** where the original was saved, when something changed */
  backup: string | undefined
  plan: SplitPlan | undefined
  /** topic files written, with what happened to each */
  written: {path: string; action: 'created' | 'appended'; from: number; to: number}[]
}

class NameTaken extends Error {}

/** Lists a folder's entry names; a missing folder lists as empty. */
function names(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir))
  } catch {
    return new Set()
  }
}

/** `dir/name`, refusing any name that would resolve outside `dir`. */
export function insideDir(dir: string, name: string): string {
  const path = resolve(dir, name)
  if (!path.startsWith(resolve(dir) + sep) || name.includes('/') || name.includes('\\')) {
    throw new BatonError('EPATH', `refusing to write ${JSON.stringify(name)} outside ${dir}`, {file: path, hint: 'this is a bug in baton; please report it'})
  }
  return path
}

/** Saves `text` to `$CLAUDE_HOME/baton/backups/<stamp>_<project>_MEMORY.md` without clobbering. */
export function backupMemory(file: string, text: string, env: Env, now: Date): string {
  const dir = join(batonDir(env), 'backups')
  try {
    mkdirSync(dir, {recursive: true, mode: 0o700})
    const stem = `${formatStamp(now)}_${slugify(basename(dirname(dirname(file))), 'memory')}_${basename(file, '.md')}`
    return publishExclusive(dir, (n) => (n === 1 ? `${stem}.md` : `${stem}-${n}.md`), text)
  } catch (error) {
    throw fsError(error, 'back up MEMORY.md to', dir)
  }
}

/**
 * Creates a new topic file atomically without clobbering: temp file (fsynced),
 * then `link()` to the name. The folder is fsynced once by the caller.
 *
 * @returns false when the name is taken (created meanwhile by someone else)
 */
function createTopic(dir: string, name: string, content: string): boolean {
  const temp = tempPath(dir)
  try {
    writeNewFile(temp, content, 0o644)
    try {
      linkSync(temp, join(dir, name))
      return true
    } catch (error) {
      if (hasCode(error, 'EEXIST')) return false
      if (!hasCode(error, 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS')) throw error
      try {
        publishExclusive(dir, (n) => {
          if (n > 1) throw new NameTaken()
          return name
        }, content, {mode: 0o644})
        return true
      } catch (inner) {
        if (inner instanceof NameTaken) return false
        throw inner
      }
    }
  } catch (error) {
    throw fsError(error, 'write', join(dir, name))
  } finally {
    rmSync(temp, {force: true})
  }
}

async function writeTopic(dir: string, topic: PlannedTopic, lock: LockOptions): Promise<'created' | 'appended'> {
  const path = insideDir(dir, topic.file)
  if (!topic.append && createTopic(dir, topic.file, topic.content)) return 'created'
  // The file exists (or was created meanwhile by someone else): append, never overwrite.
  await withLock(path, async (lease) => {
    await writeAtomic(path, appendSection(readIfExists(path) ?? '', topic.text), lease)
  }, lock)
  return 'appended'
}

/**
 * Splits `file` (a `MEMORY.md`) into topic files beside it.
 *
 * @throws BatonError `ETOOBIG` when the index cannot fit even with every section moved (nothing changed)
 */
export async function splitMemory(file: string, options: Readonly<SplitRunOptions>): Promise<SplitRunResult> {
  const dir = dirname(file)
  const base = {file, missing: false, changed: false, dryRun: options.dryRun ?? false, backup: undefined, plan: undefined, written: []}
  const plan = async (): Promise<SplitRunResult | {text: string; p: SplitPlan}> => {
    const text = readIfExists(file)
    if (text === undefined) return {...base, missing: true}
    const existing = names(dir)
    const {planSplit} = await import('../core/memory/split.ts')
    return {text, p: planSplit(text, {maxLines: options.maxLines, maxChars: options.maxChars, exists: (n) => existing.has(n)})}
  }
  if (options.dryRun) {
    const planned = await plan()
    return 'file' in planned ? planned : {...base, changed: planned.p.changed, plan: planned.p}
  }
  const lock = options.lock ?? {env: options.env}
  return withLocks([dir, file], async ([, indexLease]) => {
    const planned = await plan()
    if ('file' in planned) return planned
    const {text, p} = planned
    if (!p.changed) return {...base, plan: p}
    const backup = backupMemory(file, text, options.env, options.now)
    const written: SplitRunResult['written'] = []
    for (const topic of p.topics) {
      const action = await writeTopic(dir, topic, lock)
      written.push({path: join(dir, topic.file), action, from: topic.from, to: topic.to})
    }
    fsyncDir(dir)
    await writeAtomic(file, p.index, indexLease)
    return {...base, changed: true, backup, plan: p, written}
  }, lock)
}
