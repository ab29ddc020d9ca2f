/**
 * The `baton` CLI entry. The only place (with the hook entries) that decides
 * exit codes: 0 success, 1 a clear user-facing error, 2 a usage error.
 * Commands, their options and help come from the command table (table.ts), run by dispatch.ts.
 */
import type {CliIo} from './io.ts'
import {BatonError} from '../core/errors.ts'

/** package.json's version, set by the bundler (scripts/build.mjs). */
declare const __BATON_VERSION__: string | undefined

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.stdout(`${typeof __BATON_VERSION__ === 'string' ? __BATON_VERSION__ : 'dev'}\n`)
    return 0
  }
  // The table, parser and help load after --version, which stays as cheap as it was.
  return (await import('./dispatch.ts')).dispatch(argv, io)
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function runMain(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io)
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
