/** The shape of a CLI command as the command table (table.ts) declares it. Types only. */
import type {CliIo} from './io.ts'

/** One `--option`: what `parseArgs` needs, plus what help prints about it. */
export interface OptionSpec {
  type: 'string' | 'boolean'
  /** the value's name (`S`) or its default (`200`) in usage lines; string options only */
  value?: string
  /** one line for the help */
  about: string
  /** shown without brackets in the usage line; the handler checks it is there */
  required?: boolean
  /** the value may start with `-` (`--entry '- a line'`): `--entry X` is read as `--entry=X` */
  dashValue?: boolean
}

/** One positional argument. */
export interface ArgSpec {
  /** its name in usage lines, e.g. `PATH` or `NAME|PATH` */
  name: string
  about: string
  optional?: boolean
  /** takes every remaining argument (`FILE…`); the last one only */
  variadic?: boolean
}

/** A command that runs: `baton status`, `baton handoff write`. */
export interface LeafSpec {
  /** one line for the help */
  summary: string
  args?: readonly ArgSpec[]
  options: Readonly<Record<string, OptionSpec>>
}

/** The values `parseArgs` returns for an option spec. */
export type Values<O extends Readonly<Record<string, OptionSpec>>> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string
}

/** What a handler gets: the parsed command line and its usage line (for the hints of its own usage errors). */
export interface Args<O extends Readonly<Record<string, OptionSpec>>> {
  values: Values<O>
  positionals: string[]
  usage: string
}

/** A command's code: returns the exit code. */
export type Handler<O extends Readonly<Record<string, OptionSpec>>> = (
  args: Args<O>,
  io: CliIo
) => Promise<number> | number
