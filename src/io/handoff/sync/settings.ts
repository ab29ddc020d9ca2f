/**
 * Sync settings and identity (design.md §14): `<dir>/.git/baton-sync.json`
 * (present when sync is on: the remote, this machine, the last sync) and the
 * machine id in `$CLAUDE_HOME/baton/machine-id`.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, type Dirent} from 'node:fs'
import {hostname} from 'node:os'
import {join} from 'node:path'
import {BatonError, hasCode} from '../../../core/errors.ts'
import {hostTag} from '../../../core/names.ts'
import {isMachineId, machineIdFrom} from '../../../core/sync.ts'
import {token} from '../../toolkit/lazy.ts'

/** `<dir>/.git/baton-sync.json`: present when sync is on. */
export function syncFile(dir: string): string {
  return join(dir, '.git', 'baton-sync.json')
}

/** Whether the handoff directory is synced (one `existsSync`). */
export function syncOn(dir: string): boolean {
  return existsSync(syncFile(dir))
}

/** What `baton-sync.json` holds. */
export interface SyncSettings {
  remote: string
  machine: string
  lastSync?: string
  lastError?: string
}

/** Reads `baton-sync.json` (written by Baton; a broken one is an explained error). */
export function readSettings(dir: string): SyncSettings {
  try {
    const data = JSON.parse(readFileSync(syncFile(dir), 'utf8')) as SyncSettings
    if (typeof data.remote !== 'string' || typeof data.machine !== 'string') throw new Error('missing keys')
    return data
  } catch (error) {
    if (hasCode(error, 'ENOENT'))
      throw new BatonError('ENOSYNC', `${dir} is not synced`, {hint: 'run `baton sync init REMOTE` first'})
    throw new BatonError('ECONFIG', `cannot read ${syncFile(dir)}: ${(error as Error).message}`, {
      file: syncFile(dir),
      hint: 'run `baton sync init REMOTE` again'
    })
  }
}

/** Updates `baton-sync.json` atomically. */
export function writeSettings(dir: string, settings: SyncSettings): void {
  const temp = `${syncFile(dir)}.${process.pid}.${token()}`
  writeFileSync(temp, `${JSON.stringify(settings, null, 2)}\n`, {mode: 0o600})
  renameSync(temp, syncFile(dir))
}

/** This machine's id, `$CLAUDE_HOME/baton/machine-id`, created once (exclusive create; the first writer wins). */
export function machineId(batonDir: string): string {
  const file = join(batonDir, 'machine-id')
  const read = (): string | undefined => {
    try {
      const id = readFileSync(file, 'utf8').trim()
      return isMachineId(id) ? id : undefined
    } catch {
      return undefined
    }
  }
  const known = read()
  if (known) return known
  mkdirSync(batonDir, {recursive: true, mode: 0o700})
  const hex = Array.from({length: 8}, () => Math.floor(Math.random() * 16).toString(16)).join('')
  try {
    writeFileSync(file, `${machineIdFrom(hostTag(hostname()), hex)}\n`, {flag: 'wx', mode: 0o600})
  } catch (error) {
    if (!hasCode(error, 'EEXIST')) throw error
  }
  const id = read()
  if (!id) throw new BatonError('ECONFIG', `${file} does not hold a machine id`, {file, hint: 'delete that file'})
  return id
}

/**
 * Runs `fn` under this machine's sync lock (design.md §14), first removing the
 * lock files a git process killed mid-way left in `.git` (under the lock no
 * other git process of Baton's runs here, so any such file is stale).
 */
export async function withSyncLock<T>(dir: string, home: string, waitMs: number, fn: () => Promise<T>): Promise<T> {
  const {withLock} = await import('../../toolkit/lock.ts')
  return withLock(
    join(dir, '.git'),
    () => {
      clearGitLocks(join(dir, '.git'))
      return fn()
    },
    {wait: waitMs, locksDir: join(home, 'baton', 'locks')}
  )
}

function clearGitLocks(gitDir: string): void {
  const walk = (d: string): void => {
    for (const entry of readdirSafe(d)) {
      const path = join(d, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.lock')) rmSync(path, {force: true})
    }
  }
  walk(join(gitDir, 'refs'))
  for (const name of ['packed-refs.lock', 'HEAD.lock', 'FETCH_HEAD.lock', 'shallow.lock'])
    rmSync(join(gitDir, name), {force: true})
}

function readdirSafe(d: string): Dirent[] {
  try {
    return readdirSync(d, {withFileTypes: true})
  } catch {
    return []
  }
}
