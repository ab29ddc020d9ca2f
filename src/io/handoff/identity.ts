/**
 * Who this machine's person is (design.md §14, "People"): `baton sync init
 * --as ID` (kept in `baton-sync.json`), else the `me` setting, else git's
 * `user.email` as git reads it for the handoff directory (the global config,
 * and the directory's own when it has one).
 */
import {existsSync, readFileSync} from 'node:fs'
import {identity, isIdentity, type Reader} from '../../core/address.ts'
import type {Config} from '../../core/config.ts'
import {spawnSync} from '../toolkit/lazy.ts'
import {syncFile, syncOn} from './sync/settings.ts'

/** Where an identity came from, for `sync status`. */
export type IdentitySource = 'sync init --as' | 'config me' | 'git user.email' | 'unknown'

/** This machine's person, and where that came from. */
export interface Me {
  me: string | undefined
  source: IdentitySource
}

/** The `me` that `baton sync init --as` recorded, if any (the settings are Baton's own file). */
function settingsMe(dir: string): string | undefined {
  try {
    const me = (JSON.parse(readFileSync(syncFile(dir), 'utf8')) as {me?: unknown}).me
    return typeof me === 'string' && isIdentity(me) ? me : undefined
  } catch {
    return undefined
  }
}

/** git's `user.email` for the handoff directory (`undefined` when unset or git is missing). */
function gitEmail(dir: string): string | undefined {
  const env = {...process.env}
  for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[key]
  const r = spawnSync('git', ['config', '--get', 'user.email'], {
    cwd: existsSync(dir) ? dir : undefined,
    env,
    encoding: 'utf8',
    timeout: 5000,
    stdio: ['ignore', 'pipe', 'ignore']
  })
  const email = r.status === 0 ? r.stdout.trim() : ''
  return isIdentity(email) ? email : undefined
}

/** Who this machine's person is, for the handoff directory `dir`. */
export function whoAmI(dir: string, config: Pick<Config, 'me'>): Me {
  const pick = (me: string | undefined, source: IdentitySource): Me | undefined =>
    me === undefined ? undefined : {me: identity(me), source}
  return (
    pick(settingsMe(dir), 'sync init --as') ??
    pick(config.me !== '' && isIdentity(config.me) ? config.me : undefined, 'config me') ??
    pick(gitEmail(dir), 'git user.email') ?? {me: undefined, source: 'unknown'}
  )
}

/**
 * The reader of `dir` for `addressedTo`. Who this is is asked (a git process)
 * only when first needed: in a synced directory, for a note addressed to a person.
 */
export function readerOf(dir: string, config: Pick<Config, 'me'>): Reader {
  const synced = syncOn(dir)
  let me: Me | undefined
  return {
    synced,
    get me() {
      if (!synced) return undefined
      me ??= whoAmI(dir, config)
      return me.me
    }
  }
}
