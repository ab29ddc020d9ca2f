/** `baton handoff search` and `baton handoff log` (design.md §15). */
import type {CliIo} from '../io.ts'
import {intFlag} from '../args.ts'
import type {ArgsOf} from '../table.ts'
import {usageError} from '../../core/errors.ts'
import {parseQuery} from '../../core/search/query.ts'
import {renderFenced, renderHits} from '../../core/search/hit.ts'
import {claudeHome, handoffDir} from '../../io/paths.ts'
import {gitState} from '../../io/toolkit/git.ts'

const json = (io: CliIo, value: unknown): void => io.stdout(`${JSON.stringify(value, null, 2)}\n`)

/**
 * The query the shell handed over: an argument holding white space (the user
 * quoted it) is a phrase, unless it carries its own quotes.
 */
export function queryText(positionals: readonly string[]): string {
  return positionals.map((p) => (/\s/.test(p.trim()) && !p.includes('"') ? `"${p}"` : p)).join(' ')
}

/** `--since`: `YYYY-MM-DD` (local midnight), an ISO time, or `Nd` (N days before now); ms since the epoch. */
export function sinceFlag(value: string | undefined, now: Date): number | undefined {
  if (value === undefined) return undefined
  const days = /^(\d+)d$/.exec(value)
  if (days) return now.getTime() - Number(days[1]) * 86_400_000
  const bad = usageError(`--since takes a date (2026-11-20), an ISO time or Nd (7d), got "${value}"`)
  // Date itself rolls a month 13 or a day 45 over into the next year or month: such a date is refused.
  const date = /^(\d{4})-(\d{2})-(\d{2})(?=$|T)/.exec(value)
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])]
    if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) throw bad
  }
  const t =
    date?.[0] === value ? new Date(Number(date[1]), Number(date[2]) - 1, Number(date[3])).getTime() : Date.parse(value)
  if (Number.isNaN(t)) throw bad
  return t
}

/** `baton handoff search`. */
export async function search({values, positionals, usage}: ArgsOf<'handoff search'>, io: CliIo): Promise<number> {
  if (positionals.length === 0) throw usageError('search needs a QUERY', `usage: ${usage}`)
  const query = parseQuery(queryText(positionals))
  const {searchHandoffs} = await import('../../io/handoff/search.ts')
  const dir = handoffDir(io.env, values.dir)
  const all = values.all ?? false
  const project = all ? undefined : gitState(io.cwd).root
  const result = await searchHandoffs({
    dir,
    home: claudeHome(io.env),
    query,
    project,
    section: values.section,
    branch: values.branch,
    since: sinceFlag(values.since, io.now()),
    limit: intFlag(values.limit, 'limit', 10, 1),
    grep: io.env.BATON_SEARCH_GREP !== '0'
  })
  for (const w of result.warnings) io.stderr(`${w}\n`)
  if (values.json) {
    json(io, {query: query.terms.map((t) => t.text), project: project ?? '*', more: result.more, hits: result.hits})
    return 0
  }
  if (values.fenced) {
    io.stdout(renderFenced(result.hits, {query: queryText(positionals), more: result.more}))
    return 0
  }
  if (result.hits.length === 0) {
    io.stdout(`No handoff matches${all ? '' : ' in this project (try --all)'}.\n`)
    return 0
  }
  io.stdout(renderHits(result.hits, {all}))
  if (result.more) io.stdout(`\nMore handoffs match: narrow the query or raise --limit.\n`)
  return 0
}

/** `baton handoff log`. */
export async function log({values, positionals, usage}: ArgsOf<'handoff log'>, io: CliIo): Promise<number> {
  const name = positionals[0]
  if (!name) throw usageError('log needs a handoff NAME', `usage: ${usage}`)
  const {handoffLineage} = await import('../../io/handoff/lineage-log.ts')
  const {renderLineage} = await import('../../core/lineage.ts')
  const result = await handoffLineage(handoffDir(io.env, values.dir), claudeHome(io.env), name)
  for (const w of result.warnings) io.stderr(`${w}\n`)
  if (values.json) json(io, result.lineage)
  else io.stdout(renderLineage(result.lineage))
  return 0
}
