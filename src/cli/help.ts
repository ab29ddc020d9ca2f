/** Usage lines and `--help` text, generated from the command table. */
import type {LeafSpec, OptionSpec} from './command.ts'
import {COMMANDS, GROUPS, type CommandName} from './table.ts'

const EXIT_CODES = 'Exit codes: 0 ok, 1 error (explained on stderr), 2 usage error.'

const spec = (name: CommandName): LeafSpec => COMMANDS[name]
const names = (): CommandName[] => Object.keys(COMMANDS) as CommandName[]

const optionUsage = (name: string, o: OptionSpec): string => {
  const text = `--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`
  return o.required ? text : `[${text}]`
}

/** The arguments and options of command `name`, e.g. `PATH [--session ID] [--json]`. */
function argsUsage(name: CommandName): string {
  const s = spec(name)
  return [
    ...(s.args ?? []).map((a) => (a.optional ? `[${a.name}]` : a.name)),
    ...Object.entries(s.options).map(([option, o]) => optionUsage(option, o))
  ].join(' ')
}

/** The usage line of command `name`, e.g. `baton claim PATH [--session ID] [--json]`. */
export function usageLine(name: CommandName): string {
  return `baton ${name} ${argsUsage(name)}`.trimEnd()
}

/** The usage line of a group, e.g. `baton index add`. */
export function groupUsage(group: string): string {
  return `baton ${group} ${subcommands(group).join('|')}`
}

/** The subcommand names of a group, e.g. `write`, `resume`, … for `handoff`. */
export function subcommands(group: string): string[] {
  return names()
    .filter((n) => n.startsWith(`${group} `))
    .map((n) => n.slice(group.length + 1))
}

/** The top-level names: groups and single commands, in table order. */
export function topNames(): string[] {
  return [...new Set(names().map((n) => n.split(' ')[0]!))]
}

/** One command in a list: its usage line, with the names aligned, then its summary. */
const listed = (name: CommandName): string =>
  `  baton ${name.padEnd(14)} ${argsUsage(name)}`.trimEnd() + `\n      ${spec(name).summary}\n`

/** `baton --help`: every command. */
export function topHelp(): string {
  return (
    'baton: parallel-safe handoffs between Claude Code sessions\n\n' +
    names().map(listed).join('') +
    '\nRun `baton COMMAND --help` (e.g. `baton handoff write --help`) for what each option does.\n' +
    'Other flags: --version (-v) prints the version, --help (-h) this help.\n' +
    `${EXIT_CODES}\n`
  )
}

/** `baton handoff --help`: the group's commands. */
export function groupHelp(group: keyof typeof GROUPS): string {
  return (
    `baton ${group}: ${GROUPS[group]}\n\n` +
    subcommands(group)
      .map((sub) => listed(`${group} ${sub}` as CommandName))
      .join('') +
    `\nRun \`baton ${group} COMMAND --help\` for what each option does.\n${EXIT_CODES}\n`
  )
}

const rows = (items: Array<[string, string]>, width: number): string =>
  items.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n')

/** `baton handoff write --help`: the command, its arguments and each option. */
export function commandHelp(name: CommandName): string {
  const s = spec(name)
  const args = (s.args ?? []).map((a): [string, string] => [a.name, a.about])
  const options = Object.entries(s.options).map(([option, o]): [string, string] => [
    `--${option}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`,
    `${o.about}${o.required ? ' (required)' : ''}`
  ])
  options.push(['-h, --help', 'print this help'])
  const width = Math.max(...[...args, ...options].map(([left]) => left.length)) + 2
  return (
    `baton ${name}: ${s.summary}\n\nusage: ${usageLine(name)}\n` +
    (args.length ? `\nArguments:\n${rows(args, width)}\n` : '') +
    `\nOptions:\n${rows(options, width)}\n\n${EXIT_CODES}\n`
  )
}
