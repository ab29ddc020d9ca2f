/** `baton redact FILE… [--fix] [--json]`: credentials in files on disk, reported or redacted in place. */
import {resolve} from 'node:path'
import type {CliIo} from '../io.ts'
import type {ArgsOf} from '../table.ts'
import {usageError} from '../../core/errors.ts'
import {describeCounts} from '../../core/redact/index.ts'

const hintOf = (error: unknown): string | undefined => (error as {hint?: string}).hint

/**
 * Runs `baton redact`. Exit 0 when no credential is left in the files (none
 * found, or all redacted with `--fix`); 1 when some are found and left, or a
 * file could not be read (the others are still scanned).
 */
export async function redactCommand({values, positionals, usage}: ArgsOf<'redact'>, io: CliIo): Promise<number> {
  if (positionals.length === 0)
    throw usageError('redact needs at least one FILE', `usage: ${usage}, e.g. baton redact ~/.claude/handoffs/*.md`)
  const {scrubFile} = await import('../../io/handoff/scrub.ts')
  const files = []
  let failed = 0
  for (const name of positionals) {
    const file = resolve(io.cwd, name)
    try {
      files.push(await scrubFile(file, {fix: values.fix === true, env: io.env}))
    } catch (error) {
      failed++
      io.stderr(`baton: ${file}: ${(error as Error).message}${hintOf(error) ? ` (${hintOf(error)})` : ''}\n`)
    }
  }
  const left = files.filter((f) => f.findings.length > 0 && !f.fixed)
  if (values.json) io.stdout(`${JSON.stringify({files, failed}, null, 2)}\n`)
  else {
    for (const f of files)
      for (const x of f.findings)
        io.stdout(`${f.file}:${x.line}:${x.column}: ${x.kind}${f.fixed ? ' (redacted)' : ''}\n`)
    for (const f of files.filter((g) => g.fixed))
      io.stderr(`baton: redacted ${describeCounts(f.counts)} in ${f.file}\n`)
  }
  if (left.length > 0) {
    const total = left.reduce((n, f) => n + f.findings.length, 0)
    io.stderr(
      `baton: ${total} credential(s) found in ${left.length} file(s); ` +
        'run `baton redact --fix FILE…` to redact them in place\n'
    )
  }
  const clean = files.filter((f) => f.findings.length === 0).length
  if (!values.json && clean > 0 && left.length === 0) {
    io.stderr(`baton: no credentials found in ${clean} file(s)\n`)
  }
  return left.length > 0 || failed > 0 ? 1 : 0
}
