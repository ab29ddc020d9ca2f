/** Human output of `baton memory split`: the plan (which file gets which lines) and what was done. */
import type {SplitRunResult} from '../../io/memory/split.ts'
import type {PlannedTopic} from '../../core/memory/split.ts'

const range = (from: number, to: number): string => (from === to ? `line ${from}` : `lines ${from}–${to}`)

/** The lines a topic takes: a section's range, or how many entries a group gathers from where. */
const where = (t: PlannedTopic): string =>
  t.entries === undefined ? range(t.from, t.to) : `${t.entries} entries in ${range(t.from, t.to)}`

/** Renders a split result for people. */
export function renderSplit(result: SplitRunResult): string {
  const out: string[] = []
  const plan = result.plan
  if (result.missing) return `${result.file}: no such file, nothing to split.\n`
  if (!plan || !plan.changed) {
    return `${result.file}: nothing to split (no section longer than 3 lines). Nothing was changed.\n`
  }
  out.push(result.dryRun ? `Plan for ${result.file} (dry run: nothing is changed):` : `Split ${result.file}:`)
  const rows = [
    ...plan.kept.map((k) => ({from: k.from, text: `${range(k.from, k.to).padEnd(16)} stay in MEMORY.md   ${k.title}`})),
    ...plan.topics.map((t) => ({
      from: t.from,
      text: `${where(t).padEnd(16)} → ${t.file}` + `${t.append ? ' (appended: the file exists)' : ''}   ${t.title}`
    }))
  ].sort((a, b) => a.from - b.from)
  for (const row of rows) out.push(`  ${row.text}`)
  out.push(`New index: ${plan.lines} lines, ${plan.chars} characters.`)
  if (result.backup) out.push(`Original backed up to ${result.backup}`)
  if (!result.dryRun) out.push('', '--- MEMORY.md now ---', plan.index.trimEnd())
  return `${out.join('\n')}\n`
}
