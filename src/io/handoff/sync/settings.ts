/**
 * Sync settings and identity (design.md §14): `<dir>/.git/baton-sync.json`
 * (present when sync is on: the remote, this machine, the last sync) and the
 * machine id in `$CLAUDE_HOME/baton/machine-id`.
 */
import {createHash} from 'node:crypto'
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Dirent
} from 'node:fs'
import {hostname} from 'node:os'
import {join, resolve} from 'node:path'
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
  /** who this machine's person is (`baton sync init --as ID`; design.md §14, "People") */
  me?: string
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

/**
 * What a copy of `$CLAUDE_HOME` does not carry: the system's machine id (where
 * there is one), the path of the `baton` directory and its inode, hashed.
 */
function binding(batonDir: string): string {
  let system = ''
  for (const file of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
    try {
      system = readFileSync(file, 'utf8').trim()
      break
    } catch {
      // not Linux, or not readable: the path and inode still tell a copy
    }
  }
  const place = `${system}\0${resolve(batonDir)}\0${statSync(batonDir).ino}`
  return createHash('sha256').update(place).digest('hex').slice(0, 16)
}

/** The lines of the machine-id file: `<id> <binding>` (or `<id>` alone, as written before bindings). */
function idLines(file: string): {id: string; bound?: string}[] {
  let text = ''
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if (!hasCode(error, 'ENOENT')) throw error
  }
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([id = '']) => isMachineId(id))
    .map(([id = '', bound]) => (bound ? {id, bound} : {id}))
}

/**
 * This machine's id, `$CLAUDE_HOME/baton/machine-id`: one line per place it
 * was used in, `<id> <binding>` (see {@link binding}). A `$CLAUDE_HOME` copied
 * to another machine or home (a cloned disk, a restored backup, a copied
 * `~/.claude`) carries the file but not its binding: the copy mints an id of
 * its own (appended; every process takes the first line of its binding),
 * so two machines never take each other's claims for their own. A file of
 * one unbound id (written before bindings) is bound where it is first read.
 */
export function machineId(batonDir: string): string {
  const file = join(batonDir, 'machine-id')
  mkdirSync(batonDir, {recursive: true, mode: 0o700})
  const here = binding(batonDir)
  const find = (): string | undefined => idLines(file).find((l) => l.bound === here)?.id
  const known = find()
  if (known) return known
  const lines = idLines(file)
  if (lines.length === 1 && lines[0]!.bound === undefined) {
    const temp = `${file}.${process.pid}.${token()}`
    writeFileSync(temp, `${lines[0]!.id} ${here}\n`, {mode: 0o600})
    renameSync(temp, file)
  } else {
    const hex = Array.from({length: 8}, () => Math.floor(Math.random() * 16).toString(16)).join('')
    appendFileSync(file, `${machineIdFrom(hostTag(hostname()), hex)} ${here}\n`, {mode: 0o600})
  }
  const id = find()
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
