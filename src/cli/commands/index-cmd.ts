/** `baton index add INDEX --entry TEXT [--key K]`: a locked, atomic upsert of one line. */
import {resolve} from 'node:path'
import type {CliIo} from '../io.ts'
import type {ArgsOf} from '../table.ts'
import {usageError} from '../../core/errors.ts'

/** `baton index add`. */
export async function indexAdd({values, positionals, usage}: ArgsOf<'index add'>, io: CliIo): Promise<number> {
  if (positionals[0] === undefined) throw usageError('index add needs the INDEX file', `usage: ${usage}`)
  if (values.entry === undefined) throw usageError('index add needs --entry TEXT', `usage: ${usage}`)
  const {indexAdd} = await import('../../io/memory/write.ts')
  const result = await indexAdd(resolve(io.cwd, positionals[0]), values.entry, values.key, {env: io.env})
  if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`)
  else io.stdout(`${result.action} ${result.key} at ${result.path}:${result.line}\n`)
  return 0
}
