/** `baton index add INDEX --entry TEXT [--key K]`: a locked, atomic upsert of one line. */
import {resolve} from 'node:path'
import type {CliIo} from '../io.ts'
import {parse} from '../args.ts'
import {usageError} from '../../core/errors.ts'

/** Joins `--entry X` into `--entry=X`: an entry usually starts with `- `, which parseArgs takes for a flag. */
function joinValues(argv: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if ((arg === '--entry' || arg === '--key') && i + 1 < argv.length) out.push(`${arg}=${argv[++i]}`)
    else out.push(arg)
  }
  return out
}

async function add(argv: string[], io: CliIo): Promise<number> {
  const usage = 'baton index add INDEX --entry TEXT [--key K] [--json]'
  const {values, positionals} = parse(joinValues(argv), {entry: {type: 'string'}, key: {type: 'string'}, json: {type: 'boolean'}}, usage, 1)
  if (positionals[0] === undefined) throw usageError('index add needs the INDEX file', `usage: ${usage}`)
  if (values.entry === undefined) throw usageError('index add needs --entry TEXT', `usage: ${usage}`)
  const {indexAdd} = await import('../../io/memory/write.ts')
  const result = await indexAdd(resolve(io.cwd, positionals[0]), values.entry, values.key, {env: io.env})
  if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`)
  else io.stdout(`${result.action} ${result.key} at ${result.path}:${result.line}\n`)
  return 0
}

/** Dispatches `baton index <sub>`. */
export async function indexCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv
  if (sub === 'add') return add(rest, io)
  throw usageError(sub ? `unknown command "index ${sub}"` : 'missing index command', 'usage: baton index add INDEX --entry TEXT [--key K]')
}
