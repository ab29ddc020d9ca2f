/** `baton handoff sent [--json]`: the notes I wrote and whether they were picked up (design.md §14, "People"). */
import type {CliIo} from '../io.ts'
import type {ArgsOf} from '../table.ts'
import {BatonError} from '../../core/errors.ts'
import {claudeHome, handoffDir} from '../../io/paths.ts'
import {loadConfig} from '../../io/config.ts'

/** Lists my notes, from any of my machines, with their receipts. */
export async function sent({values}: ArgsOf<'handoff sent'>, io: CliIo): Promise<number> {
  const dir = handoffDir(io.env, values.dir)
  const {syncOn} = await import('../../io/handoff/sync/settings.ts')
  if (!syncOn(dir))
    throw new BatonError('ENOSYNC', `${dir} is not synced: notes stay on this machine, so there are no receipts`, {
      hint: 'set sync up with `baton sync init REMOTE` (README "Sync")'
    })
  const {whoAmI} = await import('../../io/handoff/identity.ts')
  const me = whoAmI(dir, loadConfig(io.env)).me
  if (me === undefined)
    throw new BatonError('ENOSYNC', 'who you are is unknown, so Baton cannot tell which notes are yours', {
      hint: 'set `git config --global user.email`, or run `baton sync init REMOTE --as you@example.com`'
    })
  const {sentNotes} = await import('../../io/handoff/sync/receipts.ts')
  const report = await sentNotes(dir, claudeHome(io.env), me, 10_000)
  if (values.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    return 0
  }
  const lines = [
    `me: ${report.me}${report.error ? `  (remote unreachable, as of the last sync: ${report.error})` : ''}`
  ]
  if (report.notes.length === 0) lines.push('no notes of yours on the remote')
  for (const s of report.notes) {
    const d = s.delivered
    const state = d
      ? `delivered to ${d.who ?? '(not recorded)'} on ${d.machine}${d.at ? ` at ${d.at}` : ''}`
      : s.state === 'unpushed'
        ? 'waiting (not pushed yet: `baton sync`)'
        : 'waiting'
    lines.push(`${s.note}  to ${s.to}  ${state}`)
  }
  io.stdout(`${lines.join('\n')}\n`)
  return 0
}
