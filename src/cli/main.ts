/**
 * The `baton` CLI entry. The only place (with the hook entries) that decides
 * exit codes: 0 success, 1 a clear user-facing error, 2 a usage error.
 */
import type {CliIo} from './io.ts'
import {BatonError, usageError} from '../core/errors.ts'

/** package.json's version, set by the bundler (scripts/build.mjs). */
declare const __BATON_VERSION__: string | undefined

/** One top-level command; loaded lazily so each run imports only what it needs. */
type Command = (argv: string[], io: CliIo) => Promise<number> | number

const COMMANDS: Record<string, () => Promise<Command>> = {
  handoff: async () => (await import('./commands/handoff.ts')).handoffCommand,
  memory: async () => (await import('./commands/memory.ts')).memoryCommand,
  index: async () => (await import('./commands/index-cmd.ts')).indexCommand,
  'lock-write': async () => (await import('./commands/lock-write.ts')).lockWriteCommand,
  status: async () => (await import('./commands/status.ts')).statusCommand,
  claim: async () => (await import('./commands/claim.ts')).claimCommand,
  release: async () => (await import('./commands/claim.ts')).releaseCommand
}

const HELP = `baton: parallel-safe handoffs between Claude Code sessions

  baton handoff write  [--slug S] [--file F] [--dir D] [--session ID] [--json]
  baton handoff resume [--all] [--dir D] [--session ID] [--max-chars N] [--json]
  baton handoff list   [--all] [--consumed] [--dir D] [--json]
  baton handoff show   NAME|PATH
  baton handoff clean  [--days N] [--dry-run] [--dir D]
  baton handoff context [--session ID] [--json]   facts for writing a handoff
  baton memory path    [--project P]
  baton memory check   [FILE] [--max-lines 200] [--max-bytes 25000] [--json]
  baton memory split   [FILE] [--max-lines 200] [--max-bytes 25000] [--dry-run] [--json]
  baton memory ns      [--branch B]            print (and create) this branch's memory namespace
  baton memory merge   [--branch B] [--json]   merge a branch namespace back, loudly on conflicts
  baton index add      INDEX --entry TEXT [--key K]   locked upsert of one line
  baton lock-write     TARGET [--expect-sha256 H]     stdin to TARGET, under lock, atomically
  baton status         [--json] [--dir D]      live sessions, pending handoffs and MEMORY.md sizes
  baton claim          PATH [--session ID] [--json]   hold a shared file under $CLAUDE_HOME
  baton release        PATH [--session ID] [--force]  let go of it (--force: whoever holds it)

Exit codes: 0 ok, 1 error (explained on stderr), 2 usage error.
`

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function runMain(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(HELP)
      return name === undefined ? 2 : 0
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`${typeof __BATON_VERSION__ === 'string' ? __BATON_VERSION__ : 'dev'}\n`)
      return 0
    }
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
    if (!load) throw usageError(`unknown command "${name}"`, 'run `baton --help` for the list of commands')
    return await (await load())(rest, io)
  } catch (error) {
    if (error instanceof BatonError) {
      io.stderr(`baton: error: ${error.message}\n`)
      if (error.hint) io.stderr(`baton: ${error.code === 'EUSAGE' ? '' : 'what to do: '}${error.hint}\n`)
      return error.code === 'EUSAGE' ? 2 : 1
    }
    io.stderr(`baton: internal error (a bug, please report it): ${(error as Error)?.stack ?? String(error)}\n`)
    return 1
  }
}
