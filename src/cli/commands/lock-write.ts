/** `baton lock-write TARGET [--expect-sha256 H]`: stdin to TARGET, byte for byte, under its lock, atomically. */
import {resolve} from 'node:path'
import type {CliIo} from '../io.ts'
import type {ArgsOf} from '../table.ts'
import {usageError} from '../../core/errors.ts'

/** Runs `baton lock-write`. */
export async function lockWriteCommand({values, positionals, usage}: ArgsOf<'lock-write'>, io: CliIo): Promise<number> {
  if (positionals[0] === undefined) throw usageError('lock-write needs the TARGET file', `usage: ${usage}`)
  const expect = values['expect-sha256']
  if (expect !== undefined && !/^[0-9a-fA-F]{64}$/.test(expect)) {
    throw usageError(
      `--expect-sha256 takes 64 hex digits, got "${expect}"`,
      `get it with: sha256sum '${positionals[0]}'`
    )
  }
  if (io.stdinIsTTY)
    throw usageError(
      'lock-write reads the new content from stdin, which is a terminal',
      `pipe it in: cat new.md | ${usage}`
    )
  const content = io.readStdinBytes ? await io.readStdinBytes() : Buffer.from(await io.readStdin())
  const {lockWrite} = await import('../../io/memory/write.ts')
  const result = await lockWrite(resolve(io.cwd, positionals[0]), content, {
    env: io.env,
    ...(expect === undefined ? {} : {expectSha256: expect})
  })
  if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`)
  else io.stdout(`${result.path} ${result.sha256}\n`)
  return 0
}
