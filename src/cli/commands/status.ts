/** `baton status [--json]`: every live session and pending handoff at a glance. */
import type {CliIo} from '../io.ts'
import type {ArgsOf} from '../table.ts'
import {claudeHome, handoffDir} from '../../io/paths.ts'
import {sessionsDir} from '../../io/session/registry.ts'
import {gatherStatus} from '../../io/status.ts'
import {renderStatus} from '../../core/status-render.ts'
import {loadConfig} from '../../io/config.ts'

/** Colours only for a terminal, and never with `NO_COLOR`; `FORCE_COLOR` forces them. */
function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true
  return io.stdoutIsTTY && io.env.TERM !== 'dumb'
}

/** The `me` setting; the board still shows with a broken config file (git's user.email then). */
function settingMe(io: CliIo): string {
  try {
    return loadConfig(io.env).me
  } catch {
    return ''
  }
}

/** Prints the board; `--json` prints the `StatusReport` schema instead. */
export async function statusCommand({values}: ArgsOf<'status'>, io: CliIo): Promise<number> {
  const home = claudeHome(io.env)
  const report = await gatherStatus({
    home,
    sessions: sessionsDir(io.env),
    handoffs: handoffDir(io.env, values.dir),
    now: io.now(),
    onSkip: (w) => io.stderr(`${w}\n`),
    me: settingMe(io)
  })
  if (values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`)
  else io.stdout(renderStatus(report, {color: useColor(io), ...(io.env.HOME ? {home: io.env.HOME} : {})}))
  return 0
}
