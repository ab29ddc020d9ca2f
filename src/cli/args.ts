/** Argument parsing on `node:util` `parseArgs`, with usage errors that say what to do. */
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {usageError} from '../core/errors.ts'

type Options = NonNullable<ParseArgsConfig['options']>

/** Parses `argv` strictly; an unknown flag or a missing value is a usage error (exit 2). */
export function parse<O extends Options>(argv: string[], options: O, usage: string, positionals = 0) {
  try {
    const result = parseArgs({args: argv, options, allowPositionals: true, strict: true})
    if (result.positionals.length > positionals) {
      throw usageError(`unexpected argument "${result.positionals[positionals]}"`, `usage: ${usage}`)
    }
    return result
  } catch (error) {
    if ((error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')) {
      throw usageError((error as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, ''), `usage: ${usage}`)
    }
    throw error
  }
}

/** A whole number flag, checked. */
export function intFlag(value: string | undefined, name: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) throw usageError(`--${name} takes a whole number >= ${min}, got "${value}"`)
  return n
}
