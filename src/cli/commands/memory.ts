/** `baton memory path|check|split` (design.md §5); `ns` and `merge` are in _memory-ns.ts. */
import {resolve} from 'node:path'
import type {CliIo} from '../io.ts'
import {intFlag} from '../args.ts'
import type {ArgsOf} from '../table.ts'
import {MEMORY_LIMITS} from '../../core/memory/limits.ts'
import {describeCheck} from '../../core/memory/report.ts'
import {memoryFile} from '../../io/memory/path.ts'
import {checkMemoryFile} from '../../io/memory/check.ts'

const json = (io: CliIo, value: unknown): void => io.stdout(`${JSON.stringify(value, null, 2)}\n`)

/** The file a command works on: FILE, else the `MEMORY.md` of `--project` or the cwd. */
const target = (io: CliIo, file: string | undefined, project: string | undefined): string =>
  file !== undefined ? resolve(io.cwd, file) : memoryFile(resolve(io.cwd, project ?? '.'), io.env)

const limits = (values: {'max-lines'?: string; 'max-bytes'?: string}): {maxLines: number; maxChars: number} => ({
  maxLines: intFlag(values['max-lines'], 'max-lines', MEMORY_LIMITS.lines, 1),
  maxChars: intFlag(values['max-bytes'], 'max-bytes', MEMORY_LIMITS.chars, 1)
})

/** `baton memory path`. */
export function path({values}: ArgsOf<'memory path'>, io: CliIo): number {
  const file = target(io, undefined, values.project)
  if (values.json) json(io, {file})
  else io.stdout(`${file}\n`)
  return 0
}

/**
 * `baton memory check`: exit 0 when Claude Code loads every line, 1 when some
 * are invisible (the report says which, and what to do), unless `--exit-zero`:
 * Claude Code drops a slash command whose `!` line exits non-zero.
 */
export async function check({values, positionals}: ArgsOf<'memory check'>, io: CliIo): Promise<number> {
  const result = await checkMemoryFile(target(io, positionals[0], values.project), limits(values))
  if (values.json) json(io, {file: result.file, exists: result.exists, ...result.check})
  else if (!result.check) io.stdout(`${result.file}: no such file yet, so nothing is hidden.\n`)
  else {
    io.stdout(`${describeCheck(result.file, result.check)}\n`)
    if (!result.check.fits)
      io.stdout(
        `What to do: baton memory split '${result.file}' (or /baton:memory-split in Claude Code) ` +
          'moves sections into topic files so that the index fits.\n'
      )
  }
  return result.check && !result.check.fits && !values['exit-zero'] ? 1 : 0
}

/** `baton memory split`. */
export async function split({values, positionals}: ArgsOf<'memory split'>, io: CliIo): Promise<number> {
  const file = target(io, positionals[0], values.project)
  const {splitMemory} = await import('../../io/memory/split.ts')
  const result = await splitMemory(file, {
    ...limits(values),
    dryRun: values['dry-run'] ?? false,
    env: io.env,
    now: io.now()
  })
  if (values.json) {
    json(io, {
      file,
      missing: result.missing,
      changed: result.changed,
      dryRun: result.dryRun,
      backup: result.backup ?? null,
      lines: result.plan?.lines ?? 0,
      chars: result.plan?.chars ?? 0,
      kept: result.plan?.kept ?? [],
      topics: (result.plan?.topics ?? []).map((t) => ({
        file: t.file,
        title: t.title,
        from: t.from,
        to: t.to,
        append: t.append,
        summary: t.summary,
        indexLine: t.indexLine ?? null
      })),
      index: result.plan?.changed ? result.plan.index : null
    })
    return 0
  }
  const {renderSplit} = await import('./_memory-render.ts')
  io.stdout(renderSplit(result))
  return 0
}
