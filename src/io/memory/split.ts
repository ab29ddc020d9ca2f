/**
 * `baton memory split`: moves the sections of `MEMORY.md` into topic files so
 * the index fits what Claude Code loads. Plans outside any lock (planning a
 * large file takes seconds), then commits under the memory folder's lock and
 * the index's lock, only if the index still holds the bytes it planned from
 * (otherwise it plans again). Backs the original up first, byte for byte;
 * creates topic files without clobbering and appends to existing ones;
 * rewrites the index last, atomically, while both locks are still its own. A
 * crash or a lost lock part-way leaves sections duplicated, never lost. A file
 * that is not valid UTF-8 is refused before anything changes.
 */
import {mkdirSync} from 'node:fs'
import {basename, dirname, join, resolve, sep} from 'node:path'
import {BatonError} from '../../core/errors.ts'
import {formatStamp} from '../../core/names.ts'
import {slugify} from '../../core/slug.ts'
import {withEol} from '../../core/memory/topic.ts'
import {decodeUtf8} from '../../core/utf8.ts'
import type {PlannedTopic, SplitPlan} from '../../core/memory/split.ts'
import type {TopicFacts} from '../../core/memory/group.ts'
import {withLocks, type Lease, type LockOptions} from '../toolkit/lock.ts'
import {commitFile, lockedUpdate} from '../toolkit/locked-update.ts'
import {readIfExists} from '../toolkit/untrusted.ts'
import {fsyncDir, publishExclusive} from '../toolkit/publish.ts'
import {batonDir} from '../paths.ts'
import {namesIn} from '../toolkit/folder.ts'
import {fileError} from '../toolkit/errors.ts'

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

/** Lists a folder's entry names; a missing folder lists as empty. */
function names(dir: string): Set<string> {
  return new Set(namesIn(dir))
}

/** `dir/name`, refusing any name that would resolve outside `dir`. */
function insideDir(dir: string, name: string): string {
  const path = resolve(dir, name)
  if (!path.startsWith(resolve(dir) + sep) || name.includes('/') || name.includes('\\')) {
    throw new BatonError('EPATH', `refusing to write ${JSON.stringify(name)} outside ${dir}`, {
      file: path,
      hint: 'this is a bug in baton; please report it'
    })
  }
  return path
}

/** Saves `bytes` (exactly) to `$CLAUDE_HOME/baton/backups/<stamp>_<project>_MEMORY.md` without clobbering. */
function backupMemory(file: string, bytes: Buffer, env: Env, now: Date): string {
  const dir = join(batonDir(env), 'backups')
  try {
    mkdirSync(dir, {recursive: true, mode: 0o700})
    const stem = `${formatStamp(now)}_${slugify(basename(dirname(dirname(file))), 'memory')}_${basename(file, '.md')}`
    return publishExclusive(dir, (n) => (n === 1 ? `${stem}.md` : `${stem}-${n}.md`), bytes)
  } catch (error) {
    throw fileError(error, 'back up MEMORY.md to', dir)
  }
}

/**
 * Creates a new topic file atomically without clobbering (see
 * `publishExclusive`). The folder is fsynced once by the caller.
 *
 * @returns false when the name is taken (created meanwhile by someone else)
 */
function createTopic(dir: string, name: string, content: string): boolean {
  try {
    publishExclusive(dir, () => name, content, {mode: 0o644, attempts: 1, syncDir: false})
    return true
  } catch (error) {
    if (error instanceof BatonError && error.code === 'EFULL') return false
    throw fileError(error, 'write', join(dir, name))
  }
}

/** `existing` bytes with `section` appended on a line of its own; existing bytes are kept as they are. */
function appendBytes(existing: Buffer | undefined, section: string): Buffer {
  const head = existing ?? Buffer.alloc(0)
  const eol = head.length > 0 && head[head.length - 1] !== 0x0a ? '\n' : ''
  return Buffer.concat([head, Buffer.from(eol + withEol(section))])
}

async function writeTopic(dir: string, topic: PlannedTopic, lock: LockOptions): Promise<'created' | 'appended'> {
  const path = insideDir(dir, topic.file)
  if (!topic.append && createTopic(dir, topic.file, topic.content)) return 'created'
  // The file exists (or was created meanwhile by someone else): append, never overwrite; its bytes stay as they are.
  await lockedUpdate(path, (current) => ({content: appendBytes(current, topic.text), result: undefined}), lock)
  return 'appended'
}

/**
 * What the topic file `name` beside the index says of itself: its front
 * matter's `metadata.type`. The file is data: read only if it is a regular
 * file in the folder (never through a link), parsed without running anything.
 */
function topicFacts(
  dir: string,
  name: string,
  existing: ReadonlySet<string>,
  parse: (raw: string) => {meta: object}
): TopicFacts | undefined {
  if (!existing.has(name)) return undefined
  try {
    const bytes = readIfExists(insideDir(dir, name), 'untrusted')?.bytes
    if (bytes === undefined) return undefined
    const meta = parse(bytes.toString('utf8')).meta as {metadata?: {type?: unknown}; type?: unknown}
    const type = meta.metadata?.type ?? meta.type
    return {type: typeof type === 'string' ? type : undefined}
  } catch {
    return undefined // unreadable, a link, a FIFO: its entry goes to the `other` group
  }
}

/** Plans made outside the lock before split plans under it. */
const OPTIMISTIC_TRIES = 3

/** The plan made outside the lock, with the bytes it was made from. */
interface Planned {
  bytes: Buffer
  p: SplitPlan
}

/** Why a commit stopped part-way: what was written, and where the original is. */
function stoppedPartWay(
  error: BatonError,
  file: string,
  backup: string,
  written: SplitRunResult['written']
): BatonError {
  const files = written.map((w) => `${basename(w.path)} (${w.action})`).join(', ') || 'none'
  return new BatonError(
    error.code,
    `${error.message}. Split stopped before rewriting the index, which still holds every section; ` +
      `topic files written so far: ${files}`,
    {
      file,
      hint:
        `nothing is lost: the original is also in ${backup}. Delete the topic files this run created ` +
        '(and the sections it appended at the end of others), then run split again',
      cause: error
    }
  )
}

type Committed = Omit<SplitRunResult, 'file' | 'missing' | 'dryRun'>

/**
 * Commits `planned` under both leases if the index still holds the bytes it
 * was planned from; otherwise returns `'changed'`, or with `replan` plans
 * again right here, under the locks (the fallback that always makes progress).
 */
async function commit(
  file: string,
  first: Planned,
  replan: (() => Promise<Planned | undefined>) | undefined,
  options: Readonly<SplitRunOptions>,
  lock: LockOptions,
  dirLease: Lease,
  indexLease: Lease
): Promise<Committed | 'changed' | 'missing'> {
  const dir = dirname(file)
  const now = readIfExists(file, 'user')?.bytes
  indexLease.assertHeld()
  let planned = first
  if (now === undefined || !now.equals(first.bytes)) {
    const again = replan === undefined ? undefined : await replan()
    if (again === undefined) return replan === undefined ? 'changed' : 'missing'
    if (!again.p.changed) return {changed: false, backup: undefined, plan: again.p, written: []}
    planned = again
  }
  const backup = backupMemory(file, planned.bytes, options.env, options.now)
  const written: SplitRunResult['written'] = []
  try {
    for (const topic of planned.p.topics) {
      dirLease.assertHeld()
      indexLease.assertHeld()
      const action = await writeTopic(dir, topic, lock)
      written.push({path: join(dir, topic.file), action, from: topic.from, to: topic.to})
    }
    fsyncDir(dir)
    dirLease.assertHeld()
    commitFile(indexLease.target, planned.p.index, indexLease, planned.bytes)
  } catch (error) {
    if (error instanceof BatonError && (error.code === 'ECOMPROMISED' || error.code === 'ECHANGED'))
      throw stoppedPartWay(error, file, backup, written)
    throw error
  }
  return {changed: true, backup, plan: planned.p, written}
}

/**
 * Splits `file` (a `MEMORY.md`) into topic files beside it.
 *
 * @throws BatonError `ETOOBIG` when the index cannot fit even with every section moved (nothing changed),
 *   `EENCODING` for a file that is not valid UTF-8 (nothing changed), `ECHANGED`/`ECOMPROMISED` when the index
 *   was written by a program that takes no lock, or the lock was lost, part-way (sections duplicated, none lost)
 */
export async function splitMemory(file: string, options: Readonly<SplitRunOptions>): Promise<SplitRunResult> {
  const dir = dirname(file)
  const base = {
    file,
    missing: false,
    changed: false,
    dryRun: options.dryRun ?? false,
    backup: undefined,
    plan: undefined,
    written: []
  }
  const plan = async (): Promise<Planned | undefined> => {
    const bytes = readIfExists(file, 'user')?.bytes
    if (bytes === undefined) return undefined
    const text = decodeUtf8(bytes, file, 'split it')
    const existing = names(dir)
    const {planSplit} = await import('../../core/memory/split.ts')
    const {parseHandoff} = await import('../../core/frontmatter.ts')
    const facts = (name: string): TopicFacts | undefined => topicFacts(dir, name, existing, parseHandoff)
    return {
      bytes,
      p: planSplit(text, {
        maxLines: options.maxLines,
        maxChars: options.maxChars,
        exists: (n) => existing.has(n),
        facts
      })
    }
  }
  const lock = options.lock ?? {env: options.env}
  for (let attempt = 1; ; attempt++) {
    const planned = await plan() // outside the lock: planning a large file takes seconds
    if (planned === undefined) return {...base, missing: true}
    if (options.dryRun || !planned.p.changed) return {...base, changed: planned.p.changed, plan: planned.p}
    // After a few changes under its feet, it plans again under the locks, so a busy index cannot starve it.
    const replan = attempt >= OPTIMISTIC_TRIES ? plan : undefined
    const done = await withLocks(
      [dir, file],
      ([dirLease, indexLease]) => commit(file, planned, replan, options, lock, dirLease!, indexLease!),
      lock
    )
    if (done === 'missing') return {...base, missing: true}
    if (done !== 'changed') return {...base, ...done}
  }
}
