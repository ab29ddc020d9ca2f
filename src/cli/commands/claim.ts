/**
 * `baton claim PATH` and `baton release PATH`: hold or let go of a
 * shared file under `$CLAUDE_HOME`, so that other sessions' edits to it are
 * denied by the PreToolUse guard.
 */
import type {CliIo} from '../io.ts'
import type {ArgsOf} from '../table.ts'
import {resolve} from 'node:path'
import {BatonError, usageError} from '../../core/errors.ts'
import {shortSession} from '../../core/registry.ts'
import {sessionsDir} from '../../io/session/registry.ts'
import {claimFile, releaseFile} from '../../io/session/file-claims.ts'

/**
 * The session a CLI run acts for: `--session`, else `$BATON_SESSION_ID` (set
 * inside Claude Code's Bash tool), else `$CLAUDE_CODE_SESSION_ID`, else a
 * terminal session `cli-<shell pid>` held by the calling shell.
 */
function who(io: CliIo, flag: string | undefined): {session: string; pid?: number} {
  const id = flag ?? io.env.BATON_SESSION_ID ?? io.env.CLAUDE_CODE_SESSION_ID
  if (id) return {session: id}
  return {session: `cli-${process.ppid}`, pid: process.ppid}
}

const describeHolder = (h: {session: string; project: string; branch: string; pid: number; host: string}): string =>
  `session ${shortSession(h.session)} (${h.project || 'no project'}` +
  `${h.branch ? `, branch ${h.branch}` : ''}, pid ${h.pid} on ${h.host})`

/** `baton claim PATH`. */
export async function claimCommand({values, positionals, usage}: ArgsOf<'claim'>, io: CliIo): Promise<number> {
  if (!positionals[0]) throw usageError('claim needs the PATH of a shared file', `usage: ${usage}`)
  const me = who(io, values.session)
  const result = await claimFile({
    dir: sessionsDir(io.env),
    session: me.session,
    path: resolve(io.cwd, positionals[0]),
    now: io.now(),
    cwd: io.cwd,
    ...(me.pid ? {pid: me.pid} : {})
  })
  if (values.json) {
    io.stdout(
      `${JSON.stringify(
        result.granted
          ? {granted: true, path: result.path, session: me.session}
          : {granted: false, path: result.path, session: me.session, holder: result.holder ?? null},
        null,
        2
      )}\n`
    )
    return result.granted ? 0 : 1
  }
  if (!result.granted) {
    const by = result.holder ? describeHolder(result.holder) : 'another session claiming it at the same moment'
    throw new BatonError('ECLAIMED', `${result.path} is claimed by ${by}`, {
      file: result.path,
      hint:
        `add your line with \`baton index add '${result.path}' --entry TEXT\` (a locked upsert), ` +
        "or use your branch's memory namespace (`baton memory ns`); the claim ends when that session ends, " +
        `or run \`baton release '${result.path}' --force\``
    })
  }
  io.stdout(`claimed ${result.path} for session ${shortSession(me.session)}\n`)
  return 0
}

/** `baton release PATH`. */
export async function releaseCommand({values, positionals, usage}: ArgsOf<'release'>, io: CliIo): Promise<number> {
  if (!positionals[0]) throw usageError('release needs the PATH of a claimed file', `usage: ${usage}`)
  const me = who(io, values.session)
  const r = releaseFile({
    dir: sessionsDir(io.env),
    session: me.session,
    path: resolve(io.cwd, positionals[0]),
    now: io.now(),
    force: values.force ?? false
  })
  if (values.json) {
    io.stdout(
      `${JSON.stringify({path: r.path, released: r.released, heldBy: r.heldBy.map((h) => h.session)}, null, 2)}\n`
    )
    return 0
  }
  if (r.released.length === 0 && r.heldBy.length > 0) {
    throw new BatonError(
      'ECLAIMED',
      `${r.path} is claimed by ${describeHolder(r.heldBy[0]!)}, not by this session (${shortSession(me.session)})`,
      {
        file: r.path,
        hint: `to take the claim away from that session, run: baton release '${r.path}' --force`
      }
    )
  }
  io.stdout(
    r.released.length
      ? `released ${r.path} (${r.released.map(shortSession).join(', ')})\n`
      : `${r.path} was not claimed\n`
  )
  return 0
}
