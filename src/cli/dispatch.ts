/**
 * Runs a command line through the command table (table.ts): finds the command,
 * parses its options, prints help, suggests the nearest name for a typo, and
 * loads only the handler it needs.
 */
import type {CliIo} from './io.ts'
import type {Handler} from './command.ts'
import {BatonError, usageError} from '../core/errors.ts'
import {nearest} from '../core/nearest.ts'
import {COMMANDS, GROUPS, type CommandName} from './table.ts'
import {commandHelp, groupHelp, groupUsage, subcommands, topHelp, topNames, usageLine} from './help.ts'
import {parseCommand, type Parsed} from './args.ts'

type Loaders = {[N in CommandName]: () => Promise<Handler<(typeof COMMANDS)[N]['options']>>}

/** Each command's handler, loaded lazily so each run imports only what it needs. */
const HANDLERS: Loaders = {
  'handoff write': async () => (await import('./commands/handoff.ts')).write,
  'handoff resume': async () => (await import('./commands/handoff.ts')).resume,
  'handoff list': async () => (await import('./commands/handoff.ts')).list,
  'handoff sent': async () => (await import('./commands/sent.ts')).sent,
  'handoff show': async () => (await import('./commands/handoff.ts')).show,
  'handoff clean': async () => (await import('./commands/handoff.ts')).clean,
  'handoff search': async () => (await import('./commands/search.ts')).search,
  'handoff log': async () => (await import('./commands/search.ts')).log,
  'handoff context': async () => (await import('./commands/context.ts')).contextCommand,
  'memory path': async () => (await import('./commands/memory.ts')).path,
  'memory check': async () => (await import('./commands/memory.ts')).check,
  'memory split': async () => (await import('./commands/memory.ts')).split,
  'memory ns': async () => (await import('./commands/_memory-ns.ts')).ns,
  'memory merge': async () => (await import('./commands/_memory-ns.ts')).merge,
  'index add': async () => (await import('./commands/index-cmd.ts')).indexAdd,
  'lock-write': async () => (await import('./commands/lock-write.ts')).lockWriteCommand,
  status: async () => (await import('./commands/status.ts')).statusCommand,
  claim: async () => (await import('./commands/claim.ts')).claimCommand,
  release: async () => (await import('./commands/claim.ts')).releaseCommand,
  redact: async () => (await import('./commands/redact.ts')).redactCommand,
  sync: async () => (await import('./commands/sync.ts')).syncCommand,
  'sync init': async () => (await import('./commands/sync.ts')).syncInit,
  'sync status': async () => (await import('./commands/sync.ts')).syncStatusCommand
}

const isHelp = (arg: string | undefined): boolean => arg === '--help' || arg === '-h'
const isGroup = (name: string): name is keyof typeof GROUPS => Object.hasOwn(GROUPS, name)
const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name)
const didYouMean = (input: string, candidates: string[], prefix = ''): string => {
  const near = nearest(input, candidates)
  return near === undefined ? '' : `; did you mean \`${prefix}${near}\`?`
}

/** Finds the command `argv` names: its full name and the arguments after it, or the help to print. */
function resolveCommand(argv: readonly string[]): {name: CommandName; rest: string[]} | {help: string} {
  const [first = '', second, ...more] = argv
  // A name that is both a command and a group (`sync`, `sync init`): the subcommand wins.
  const sub = `${first} ${second ?? ''}`
  if (isGroup(first) && isCommand(sub)) return {name: sub, rest: more}
  if (isCommand(first)) return {name: first, rest: argv.slice(1)}
  if (!isGroup(first)) {
    const message = `unknown command "${first}"${didYouMean(first, topNames())}`
    throw usageError(message, 'run `baton --help` for the list of commands')
  }
  if (isHelp(second)) return {help: groupHelp(first)}
  const name = `${first} ${second ?? ''}`
  if (second !== undefined && isCommand(name)) return {name, rest: more}
  const usage = `usage: ${groupUsage(first)}`
  if (second === undefined) throw usageError(`missing ${first} command`, usage)
  throw usageError(`unknown command "${name}"${didYouMean(second, subcommands(first), `${first} `)}`, usage)
}

/** A command's help; for a name that is a group too (`sync`), the group's commands follow. */
function helpOf(name: CommandName): string {
  return isGroup(name) ? `${commandHelp(name)}\n${groupHelp(name)}` : commandHelp(name)
}

/** `baton help [COMMAND…]`: the help of the command, group or everything. */
function helpFor(path: readonly string[]): string {
  if (path.length === 0 || isHelp(path[0])) return topHelp()
  const found = resolveCommand([...path, ...(path.length === 1 && isGroup(path[0]!) ? ['--help'] : [])])
  return 'help' in found ? found.help : helpOf(found.name)
}

/** Runs `argv` (without `node` and the script); throws a `BatonError` for a usage error. */
export async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || isHelp(name)) {
    io.stdout(topHelp())
    return name === undefined ? 2 : 0
  }
  if (name === 'help') {
    io.stdout(helpFor(rest))
    return 0
  }
  const found = resolveCommand(argv)
  if ('help' in found) {
    io.stdout(found.help)
    return 0
  }
  const usage = usageLine(found.name)
  const args = parseCommand(found.rest, COMMANDS[found.name], usage)
  if (args.help) {
    io.stdout(helpOf(found.name))
    return 0
  }
  // The table declared these options, and parseArgs checked their types: the values fit the handler's.
  const handler = (await HANDLERS[found.name]()) as (parsed: Parsed, io: CliIo) => Promise<number> | number
  try {
    return await handler(args, io)
  } catch (error) {
    // A usage error with no advice of its own (a bad number, say) shows the usage line.
    if (!(error instanceof BatonError) || error.code !== 'EUSAGE' || error.hint) throw error
    throw usageError(error.message, `usage: ${usage}`)
  }
}
