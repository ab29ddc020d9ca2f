/**
 * `baton sync init REMOTE` and `baton sync status` (design.md §14): make the
 * handoff directory a git working copy of REMOTE, and report on it.
 */
import {existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {BatonError} from '../../../core/errors.ts'
import {handoffProject} from '../../../core/handoff-meta.ts'
import {checkoutRefuses} from '../../../core/remote-config.ts'
import {parseDoc} from '../docs.ts'
import {identity, isIdentity} from '../../../core/address.ts'
import type {Config} from '../../../core/config.ts'
import {whoAmI, type IdentitySource} from '../identity.ts'
import {ensureDir, handoffText, listHandoffs} from '../store.ts'
import {git, gitError, gitOk} from './git.ts'
import {aheadBehind, Budget, BRANCH, fetchTip, headNames, lastFetched} from './repo.ts'
import {originUrl} from './remote.ts'
import {machineId, readSettings, syncOn, withSyncLock, writeSettings, type SyncSettings} from './settings.ts'

/** Refuses a remote that is no remote (an option, a command transport). */
function checkRemote(remote: string): void {
  if (remote === '' || remote.startsWith('-') || /^ext::/i.test(remote) || /[\n\0]/.test(remote))
    throw new BatonError('EUSAGE', `"${remote}" is not a remote Baton can use`, {
      hint: 'give an ssh URL (git@github.com:you/handoffs.git), an https URL or a path to a bare repository'
    })
}

/**
 * Makes `dir` a working copy of `remote` (idempotent for the same remote).
 * Checks that the remote answers; on failure nothing of the repository is left.
 *
 * @returns the settings written
 */
export async function initSync(dir: string, remote: string, home: string, as?: string): Promise<SyncSettings> {
  checkRemote(remote)
  if (as !== undefined && !isIdentity(as))
    throw new BatonError('EUSAGE', `--as ${JSON.stringify(as)} cannot be a person's identity`, {
      hint: 'give an email, e.g. --as alice@example.com'
    })
  const me = as === undefined ? {} : {me: identity(as)}
  ensureDir(dir)
  const machine = machineId(join(home, 'baton'))
  if (syncOn(dir)) {
    const current = readSettings(dir)
    if (current.remote !== remote)
      throw new BatonError('EUSAGE', `${dir} already syncs with ${current.remote}`, {
        hint:
          `to switch, run \`git -C ${dir} remote set-url origin ${remote}\` ` +
          `and edit ${join(dir, '.git', 'baton-sync.json')}`
      })
    if (me.me !== undefined && me.me !== current.me) writeSettings(dir, {...current, ...me})
    return {...current, ...me}
  }
  if (existsSync(join(dir, '.git')))
    throw new BatonError('EUSAGE', `${dir} is already a git repository that Baton did not set up`, {
      hint: `move ${join(dir, '.git')} away, or point Baton at another handoff directory (BATON_HANDOFF_DIR)`
    })
  const budget = new Budget(60_000)
  try {
    const init = await git(dir, ['init', '-q', dir], {gitDir: false, timeoutMs: budget.left()})
    if (init.code !== 0) throw gitError('git init', init)
    await gitOk(dir, ['symbolic-ref', 'HEAD', `refs/heads/${BRANCH}`])
    await gitOk(dir, ['remote', 'add', 'origin', remote])
    mkdirSync(join(dir, '.git', 'info'), {recursive: true})
    // Nothing in the folder is ever staged: Baton commits through a private index.
    writeFileSync(join(dir, '.git', 'info', 'exclude'), '*\n')
    await fetchTip(dir, budget)
  } catch (error) {
    rmSync(join(dir, '.git'), {recursive: true, force: true})
    throw error
  }
  const settings = {remote, machine, ...me}
  writeSettings(dir, settings)
  return settings
}

function identityOf(dir: string, config: Pick<Config, 'me'>): {me: string | null; meSource: IdentitySource} {
  const who = whoAmI(dir, config)
  return {me: who.me ?? null, meSource: who.source}
}

/** One group of pending notes in `sync status`. */
export interface PendingGroup {
  project: string
  host: string
  pending: number
  /** of which are on the remote (or known to this machine's branch) */
  synced: number
}

/** What `baton sync status` shows. */
export interface SyncStatus {
  dir: string
  /** the URL git uses (its `origin`, which `git remote set-url` changes) */
  remote: string
  /** the remote `baton sync init` recorded in `baton-sync.json` */
  settingsRemote: string
  /** whether the two differ (git's is the one used) */
  remoteDiffers: boolean
  machine: string
  /** who this machine's person is, and where that came from (design.md §14, "People") */
  me: string | null
  meSource: IdentitySource
  lastSync: string | null
  lastError: string | null
  reachable: boolean
  /** why the remote could not be asked, when it could not */
  error: string | null
  ahead: number
  behind: number
  pending: PendingGroup[]
  /** paths on the remote's tip that git would refuse to check out (`.git/config`…): ignored, never materialised */
  refused: string[]
}

/** Gathers the sync status; asks the remote within `budgetMs`. */
export async function syncStatus(
  dir: string,
  home: string,
  budgetMs: number,
  config: Pick<Config, 'me'> = {me: ''}
): Promise<SyncStatus> {
  const settings = readSettings(dir)
  const budget = new Budget(budgetMs)
  let error: string | null = null
  try {
    await withSyncLock(dir, home, budget.left(), () => fetchTip(dir, budget))
  } catch (e) {
    error = (e as Error).message
  }
  const remote = (await originUrl(dir, budget)) || settings.remote
  const {ahead, behind} = await aheadBehind(dir, budget)
  const refused = (await lastFetched(dir, budget).catch(() => undefined))?.ignored.filter(checkoutRefuses) ?? []
  const synced = await headNames(dir, budget)
  const groups = new Map<string, PendingGroup>()
  for (const file of listHandoffs(dir, {pendingOnly: true}).pending) {
    const raw = handoffText(file.path)
    if (raw === undefined) continue
    const meta = (await parseDoc(raw)).meta
    const project =
      typeof meta.remote === 'string' && meta.remote ? meta.remote : (handoffProject(meta) ?? '(any project)')
    const host = typeof meta.host === 'string' && meta.host ? meta.host : '(unknown)'
    const key = `${project}\0${host}`
    const group = groups.get(key) ?? {project, host, pending: 0, synced: 0}
    group.pending++
    if (synced.has(file.name)) group.synced++
    groups.set(key, group)
  }
  return {
    dir,
    remote,
    settingsRemote: settings.remote,
    remoteDiffers: remote !== settings.remote,
    machine: machineId(join(home, 'baton')), // this machine's, even for a copied home
    ...identityOf(dir, config),
    lastSync: settings.lastSync ?? null,
    lastError: settings.lastError ?? null,
    reachable: error === null,
    error,
    ahead,
    behind,
    pending: [...groups.values()].sort((a, b) => (a.project + a.host < b.project + b.host ? -1 : 1)),
    refused
  }
}
