/** Argument parsing on `node:util` `parseArgs`, from the command table, with usage errors that say what to do. */
import {parseArgs} from 'node:util'
import {usageError} from '../core/errors.ts'
import {nearest} from '../core/nearest.ts'
import type {LeafSpec} from './command.ts'

/** A parsed command line: values by option name, positionals, the usage line, and whether help was asked for. */
export interface Parsed {
  values: Record<string, string | boolean | undefined>
  positionals: string[]
  usage: string
  help: boolean
}

/**
 * Joins `--entry X` into `--entry=X` for options whose value may start with `-`
 * (parseArgs takes `- a line` for a flag).
 */
function joinDashValues(argv: readonly string[], spec: LeafSpec): string[] {
  const joined = new Set(
    Object.entries(spec.options)
      .filter(([, o]) => o.dashValue)
      .map(([name]) => `--${name}`)
  )
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') return [...out, ...argv.slice(i)]
    if (joined.has(arg) && i + 1 < argv.length) out.push(`${arg}=${argv[++i]}`)
    else out.push(arg)
  }
  return out
}

/** parseArgs' message, without its advice about `--`, plus the nearest option for an unknown one. */
function explain(error: Error, spec: LeafSpec): string {
  const message = error.message.split('\n')[0]!.replace(/\. To specify.*$/, '')
  const unknown = /^Unknown option '--([^'=]+)'/.exec(message)?.[1]
  const near = unknown === undefined ? undefined : nearest(unknown, [...Object.keys(spec.options), 'help'])
  return near === undefined ? message : `${message} (did you mean --${near}?)`
}

/**
 * Parses `argv` strictly against `spec`; an unknown flag, a missing value or
 * an extra argument is a usage error (exit 2) that shows `usage`. `-h`/`--help`
 * are accepted everywhere: `help` is then true.
 */
export function parseCommand(argv: readonly string[], spec: LeafSpec, usage: string): Parsed {
  const options = Object.fromEntries(Object.entries(spec.options).map(([name, o]) => [name, {type: o.type}]))
  let result
  try {
    result = parseArgs({
      args: joinDashValues(argv, spec),
      options: {...options, help: {type: 'boolean', short: 'h'}},
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    if (!(error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')) throw error
    throw usageError(explain(error as Error, spec), `usage: ${usage}`)
  }
  const {help, ...values} = result.values as Record<string, string | boolean | undefined>
  const allowed = spec.args?.at(-1)?.variadic ? Infinity : (spec.args?.length ?? 0)
  if (!help && result.positionals.length > allowed) {
    throw usageError(`unexpected argument "${result.positionals[allowed]}"`, `usage: ${usage}`)
  }
  return {values, positionals: result.positionals, usage, help: help === true}
}

/** A whole number flag, checked. */
export function intFlag(value: string | undefined, name: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) throw usageError(`--${name} takes a whole number >= ${min}, got "${value}"`)
  return n
}
