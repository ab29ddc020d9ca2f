/** `baton sync`, `baton sync init REMOTE`, `baton sync status` (design.md §14). */
import type {CliIo} from '../io.ts'
import type {ArgsOf} from '../table.ts'
import {claudeHome, handoffDir} from '../../io/paths.ts'
import {loadConfig} from '../../io/config.ts'
import {BatonError} from '../../core/errors.ts'

/** `baton sync init REMOTE`: sets up the working copy, then runs a first sync (pushing what is already here). */
export async function syncInit({values, positionals}: ArgsOf<'sync init'>, io: CliIo): Promise<number> {
  const dir = handoffDir(io.env, values.dir)
  const remote = positionals[0] ?? ''
  const {initSync} = await import('../../io/handoff/sync/init.ts')
  const settings = await initSync(dir, remote, claudeHome(io.env), values.as)
  const report = await sync(dir, io, false)
  if (values.json) io.stdout(`${JSON.stringify({dir, ...settings, ...report}, null, 2)}\n`)
  else {
    io.stdout(`baton: ${dir} now syncs with ${remote} (this machine: ${settings.machine}).\n`)
    const {whoAmI} = await import('../../io/handoff/identity.ts')
    const who = whoAmI(dir, loadConfig(io.env))
    io.stdout(
      who.me
        ? `baton: you are ${who.me} (${who.source}): notes written here are from and, by default, for you.\n`
        : 'baton: who you are is unknown: set `git config --global user.email` or use --as ID.\n'
    )
    io.stdout(describe(report))
    io.stdout('baton: the remote must be private: handoffs describe your work.\n')
  }
  return 0
}

async function sync(dir: string, io: CliIo, background: boolean): Promise<SyncReportLike> {
  const config = loadConfig(io.env)
  const {runSync} = await import('../../io/handoff/sync/run.ts')
  return runSync({
    dir,
    home: claudeHome(io.env),
    now: io.now(),
    keepDays: config.keepDays,
    reader: (await import('../../io/handoff/identity.ts')).readerOf(dir, config),
    ...(background ? {lockWaitMs: 0} : {})
  })
}

type SyncReportLike = Awaited<ReturnType<(typeof import('../../io/handoff/sync/run.ts'))['runSync']>>

function describe(r: SyncReportLike): string {
  const red = r.redacted > 0 ? ` (${r.redacted} credential(s) redacted before the push)` : ''
  return (
    `baton: synced: ${r.pushed.length} pushed${red}, ${r.materialised.length} received, ` +
    `${r.retired.length} consumed elsewhere, ${r.deleted.length} expired` +
    `${r.pruned > 0 ? `, ${r.pruned} old claim(s) pruned` : ''}.\n`
  )
}

/** `baton sync`: pull and push. With `--background` (the hooks), a sync already running is enough. */
export async function syncCommand({values}: ArgsOf<'sync'>, io: CliIo): Promise<number> {
  const dir = handoffDir(io.env, values.dir)
  let report: SyncReportLike
  try {
    report = await sync(dir, io, values.background === true)
  } catch (error) {
    if (values.background && error instanceof BatonError && error.code === 'ELOCKED') return 0
    throw error
  }
  if (values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`)
  else io.stdout(describe(report))
  return 0
}

/** `baton sync status [--json]`. */
export async function syncStatusCommand({values}: ArgsOf<'sync status'>, io: CliIo): Promise<number> {
  const {syncStatus} = await import('../../io/handoff/sync/init.ts')
  const s = await syncStatus(handoffDir(io.env, values.dir), claudeHome(io.env), 10_000, loadConfig(io.env))
  if (values.json) {
    io.stdout(`${JSON.stringify(s, null, 2)}\n`)
    return 0
  }
  const lines = [
    `remote:    ${s.remote}${s.reachable ? '' : `  (unreachable: ${s.error})`}`,
    ...(s.remoteDiffers
      ? [
          `           (git's origin, used; ${s.dir}/.git/baton-sync.json says ${s.settingsRemote}: ` +
            'edit one to match the other)'
        ]
      : []),
    `machine:   ${s.machine}`,
    `me:        ${s.me ?? 'unknown (set git config --global user.email, or baton sync init REMOTE --as ID)'}` +
      (s.me ? `  (from ${s.meSource})` : ''),
    `last sync: ${s.lastSync ?? 'never'}${s.lastError ? `  (last error: ${s.lastError})` : ''}`,
    `ahead ${s.ahead}, behind ${s.behind}`,
    s.pending.length ? 'pending notes:' : 'pending notes: none',
    ...s.pending.map((g) => `  ${g.pending} (${g.synced} synced)  ${g.project}  from ${g.host}`),
    ...(s.refused.length
      ? [
          `warning:   the remote holds ${s.refused.length} path(s) git would refuse to check out ` +
            `(${s.refused.slice(0, 3).join(', ')}): Baton ignores them and keeps syncing; ` +
            'someone wrote them there, not Baton'
        ]
      : [])
  ]
  io.stdout(`${lines.join('\n')}\n`)
  return 0
}
