/**
 * Locked read-modify-write (design.md §4.6) on proper-lockfile. Lock directories
 * live in `$CLAUDE_HOME/baton/locks/`, named from the target's canonical path.
 *
 * A stale lock (its holder stopped refreshing it, e.g. after SIGKILL) is taken
 * over by one waiter at a time: proper-lockfile's own takeover can let two
 * waiters remove each other's fresh lock, so it is switched off (a huge
 * `stale`) and replaced by a takeover guarded by a second `mkdir` lock. A lock
 * whose mtime is more than `stale` in the future (a clock set back, or another
 * machine's clock) is stale too.
 *
 * A holder that stalls past `stale` (laptop sleep, SIGSTOP, swap) loses its
 * lock to a waiter without noticing. So a lock is known by the mtimes its
 * holder set: proper-lockfile is handed a file-system wrapper that records
 * them, {@link Lease.assertHeld} compares the lock directory's mtime with them
 * synchronously (right before a commit, not on the next refresh tick), and
 * the release and exit clean-up remove the directory only while it is still
 * this holder's, never the lock of the waiter that took over.
 */
import {mkdirSync, rmdirSync, statSync} from 'node:fs'
import {basename, join} from 'node:path'
import {createHash} from 'node:crypto'
import lockfile from 'proper-lockfile'
import {BatonError, hasCode} from '../../core/errors.ts'
import {batonDir} from '../paths.ts'
import {canonicalFile} from './canonical.ts'
import {ownedFs} from './lock-owner.ts'

type Env = Readonly<Record<string, string | undefined>>

/** Options of {@link withLock}. */
export interface LockOptions {
  /** a lock not refreshed for this long is stale; default `$BATON_LOCK_STALE_MS` or 10000 (minimum 2000) */
  stale?: number
  /** give up with `ELOCKED` after waiting this long; default `$BATON_LOCK_WAIT_MS` or 60000 */
  wait?: number
  /** where lock directories go; default `$CLAUDE_HOME/baton/locks` */
  locksDir?: string
  env?: Env
}

/** Handed to the locked function: lets it check, right before committing a write, that it still holds the lock. */
export interface Lease {
  /** the target's canonical path */
  readonly target: string
  /** set when the lock was lost while held (proper-lockfile's `onCompromised`) */
  readonly compromised: Error | undefined
  /**
   * Checks, synchronously, that the lock is still this holder's: the lock
   * directory exists and carries an mtime this holder set.
   *
   * @throws BatonError `ECOMPROMISED` when the lock was lost (taken over as stale, or removed)
   */
  assertHeld(): void
}

const FOREVER = 2 ** 31 - 1
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** `path` made absolute with symlinks resolved as far as the path exists (see canonical.ts). */
export const canonicalPath = canonicalFile

/** The lock directory for `target` inside `locksDir`. */
function lockPathFor(target: string, locksDir: string): string {
  const canonical = canonicalPath(target)
  const name = basename(canonical)
    .replace(/[^a-zA-Z0-9._-]/g, '_')
    .slice(0, 40)
  return join(locksDir, `${name}-${createHash('sha256').update(canonical).digest('hex').slice(0, 16)}.lock`)
}

const numberFrom = (value: string | undefined, fallback: number): number => {
  const n = Number(value)
  return value !== undefined && value !== '' && Number.isFinite(n) && n >= 0 ? n : fallback
}

/**
 * True when a lock last refreshed at `mtime` is stale at `now`: not refreshed
 * for `stale` ms, or stamped more than `stale` ms in the future (a clock
 * stepped back, or another machine's clock ahead), which would otherwise
 * block every waiter until that time comes.
 */
function isStale(mtime: number, now: number, stale: number): boolean {
  return now - mtime > stale || mtime - now > stale
}

/** Removes `lock` if it is still the stale lock seen at `seenMtime`; one process at a time. */
function takeOver(lock: string, seenMtime: number, stale: number): void {
  const guard = `${lock}.takeover`
  try {
    mkdirSync(guard)
  } catch (error) {
    if (!hasCode(error, 'EEXIST')) throw error
    try {
      if (isStale(statSync(guard).mtimeMs, Date.now(), stale)) rmdirSync(guard) // its taker died too
    } catch {
      // gone meanwhile
    }
    return
  }
  try {
    const st = statSync(lock)
    if (st.mtimeMs === seenMtime && isStale(st.mtimeMs, Date.now(), stale)) rmdirSync(lock)
  } catch {
    // released or taken over meanwhile
  } finally {
    rmdirSync(guard)
  }
}

/** The settings of one lock, from the options and the environment. */
interface LockPlan {
  /** `target` with links resolved */
  canonical: string
  lockPath: string
  /** ms after which a lock not refreshed is taken over */
  stale: number
  /** ms to wait for a held lock */
  wait: number
}

function planLock(target: string, options: Readonly<LockOptions>): LockPlan {
  const env = options.env ?? process.env
  const locksDir = options.locksDir ?? join(batonDir(env), 'locks')
  mkdirSync(locksDir, {recursive: true, mode: 0o700})
  const canonical = canonicalPath(target)
  return {
    canonical,
    lockPath: lockPathFor(canonical, locksDir),
    stale: Math.max(2000, options.stale ?? numberFrom(env.BATON_LOCK_STALE_MS, 10_000)),
    wait: options.wait ?? numberFrom(env.BATON_LOCK_WAIT_MS, 60_000)
  }
}

/**
 * Runs `fn` while holding an exclusive inter-process lock on `target`, which
 * need not exist. Waits with jittered exponential backoff; a stale lock is
 * recovered; the lock is released in `finally`.
 *
 * @throws BatonError `ELOCKED` when the lock stays held past `wait`
 */
export async function withLock<T>(
  target: string,
  fn: (lease: Lease) => Promise<T> | T,
  options: Readonly<LockOptions> = {}
): Promise<T> {
  const plan = planLock(target, options)
  const {canonical, lockPath} = plan
  let compromised: Error | undefined
  const owned = ownedFs(lockPath)
  const lease: Lease = {
    target: canonical,
    get compromised() {
      return compromised
    },
    assertHeld() {
      if (compromised) throw lost(canonical, lockPath, compromised)
      if (!owned.owns())
        throw lost(canonical, lockPath, new Error("its lock directory is gone or carries another holder's mtime"))
    }
  }
  const release = await acquire(plan, owned.fs, (error) => void (compromised = error))
  try {
    // Writes check the lease themselves, right before they commit (see locked-update.ts).
    return await fn(lease)
  } finally {
    await release().catch(() => {}) // ERELEASED after a compromise: nothing left to release
  }
}

/**
 * Takes the lock, waiting while another live process holds it and taking over
 * a stale one. @returns the release function
 *
 * @throws BatonError `ELOCKED` when the lock stays held past `plan.wait`
 */
async function acquire(
  plan: LockPlan,
  fs: ReturnType<typeof ownedFs>['fs'],
  onCompromised: (error: Error) => void
): Promise<() => Promise<void>> {
  const {canonical, lockPath, stale} = plan
  const started = Date.now()
  let delay = 4
  for (;;) {
    try {
      return await lockfile.lock(canonical, {
        realpath: false,
        lockfilePath: lockPath,
        stale: FOREVER,
        update: stale / 2,
        retries: 0,
        fs,
        onCompromised
      })
    } catch (error) {
      if (!hasCode(error, 'ELOCKED')) throw error
    }
    let mtime: number
    try {
      mtime = statSync(lockPath).mtimeMs
    } catch {
      continue // released meanwhile: try again now
    }
    if (isStale(mtime, Date.now(), stale)) {
      takeOver(lockPath, mtime, stale)
      await sleep(1 + Math.random() * 4) // the takeover may be another waiter's
      continue
    }
    if (Date.now() - started > plan.wait) throw stillLocked(plan, started)
    await sleep(delay * (0.5 + Math.random()))
    delay = Math.min(delay * 1.6, 50)
  }
}

function stillLocked({canonical, lockPath, stale}: LockPlan, started: number): BatonError {
  const waited = Math.round((Date.now() - started) / 1000)
  return new BatonError('ELOCKED', `${canonical} is locked by another process (waited ${waited} s)`, {
    file: canonical,
    hint:
      'another baton process is updating it; try again. ' +
      `A lock left by a killed process is taken over after ${stale / 1000} s; if that keeps failing, check ${lockPath}`
  })
}

function lost(target: string, lockPath: string, cause: Error): BatonError {
  return new BatonError('ECOMPROMISED', `lost the lock on ${target} while holding it (${cause.message})`, {
    file: target,
    hint:
      'another process took the lock over as stale ' +
      "(the machine may have slept or been stopped for longer than the lock's stale time); " +
      `nothing was written after that. Check ${target} and run the command again`,
    cause
  })
}

/**
 * Runs `fn` holding locks on every target, taken in the given order and
 * released in reverse. Callers that take several locks must use one order
 * (folder before files) so that no two of them deadlock.
 */
export async function withLocks<T>(
  targets: readonly string[],
  fn: (leases: Lease[]) => Promise<T> | T,
  options: Readonly<LockOptions> = {}
): Promise<T> {
  const take = async (i: number, held: Lease[]): Promise<T> =>
    i === targets.length ? fn(held) : withLock(targets[i]!, (lease) => take(i + 1, [...held, lease]), options)
  return take(0, [])
}
