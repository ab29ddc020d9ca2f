/** `baton memory ns` and `baton memory merge`. */
import {resolve} from 'node:path'
import type {CliIo} from '../io.ts'
import type {ArgsOf} from '../table.ts'
import {overWhat} from '../../core/memory/report.ts'
import {gitState} from '../../io/toolkit/git.ts'
import {memoryDir} from '../../io/memory/path.ts'
import {ensureNamespace, mergeNamespace} from '../../io/memory/namespace.ts'

const json = (io: CliIo, value: unknown): void => io.stdout(`${JSON.stringify(value, null, 2)}\n`)

const where = (io: CliIo, values: {project?: string; branch?: string}): {dir: string; branch: string} => {
  const project = resolve(io.cwd, values.project ?? '.')
  return {dir: memoryDir(project, io.env), branch: values.branch ?? gitState(project).branch}
}

/** `baton memory ns [--branch B] [--project P] [--json]`: prints, and creates, the branch's namespace. */
export function ns({values}: ArgsOf<'memory ns'>, io: CliIo): number {
  const {dir, branch} = where(io, values)
  const made = ensureNamespace(dir, branch)
  if (values.json) json(io, {namespace: `${made.dir}/`, branch, created: made.created})
  else io.stdout(`${made.dir}/\n`)
  return 0
}

/** `baton memory merge [--branch B] [--project P] [--json]`: merges a namespace back, loudly on conflicts. */
export async function merge({values}: ArgsOf<'memory merge'>, io: CliIo): Promise<number> {
  const {dir, branch} = where(io, values)
  const r = await mergeNamespace(dir, branch, {env: io.env})
  if (values.json) {
    json(io, {...r, check: {fits: r.check.fits, lines: r.check.lines, chars: r.check.chars}})
    return 0
  }
  io.stdout(
    `Merged ${r.namespace} into ${dir}: ${r.moved.length} moved in, ${r.identical.length} already there, ` +
      `${r.conflicts.length} conflict(s), ` +
      `${r.entries.length} index entr${r.entries.length === 1 ? 'y' : 'ies'} added.\n`
  )
  for (const f of r.moved) io.stdout(`  moved     ${f}\n`)
  for (const c of r.conflicts) io.stdout(`  CONFLICT  ${c.file} differs from the main copy: kept as ${c.keptAs}\n`)
  for (const s of r.skipped) io.stdout(`  skipped   ${s} (not a regular file; left in place)\n`)
  if (r.conflicts.length > 0) {
    io.stderr(
      `baton: warning: ${r.conflicts.length} conflict(s): both versions are kept. ` +
        'Compare each pair, merge by hand, then delete the copy you no longer need.\n'
    )
  }
  if (!r.check.fits) io.stderr(`baton: warning: MEMORY.md is now ${overWhat(r.check)}: run baton memory split.\n`)
  return 0
}
