/**
 * Which files under `$CLAUDE_HOME` the PreToolUse guard covers, and what a
 * denial says. Pure and import-free: the hook's fast path loads it.
 */

/** The kinds of shared harness files the guard covers. */
export type GuardedKind = 'settings' | 'instructions' | 'memory' | 'skills' | 'agents' | 'commands'

/**
 * The kind of shared file at `rel`, a path relative to `$CLAUDE_HOME` with `/`
 * separators, or `undefined` when the guard leaves it alone. Covered:
 * `settings.json` (and `settings.local.json`), `CLAUDE.md`, auto memory
 * (`projects/<p>/memory/**`), and everything under `skills/`, `agents/` and
 * `commands/` (their indexes included). Not covered: Baton's own state
 * (`baton/`, `handoffs/`), which has its own safety, and Claude Code's
 * per-session files (transcripts, plans, todos), which no two sessions share.
 */
export function guardedKind(rel: string): GuardedKind | undefined {
  if (rel === '' || rel.startsWith('../') || rel.startsWith('/')) return undefined
  if (rel === 'settings.json' || rel === 'settings.local.json') return 'settings'
  if (rel === 'CLAUDE.md') return 'instructions'
  const [top, second, third] = rel.split('/')
  if (top === 'projects' && second && third === 'memory' && rel.length > `projects/${second}/memory/`.length)
    return 'memory'
  if ((top === 'skills' || top === 'agents' || top === 'commands') && second) return top
  return undefined
}

/** The session that holds a claim, as a denial names it. */
export interface Holder {
  session: string
  project: string
  branch: string
  pid: number
  host: string
  claims: readonly {path: string; at: string}[]
}

/** The `permissionDecisionReason` of a denied edit: who holds the file and what to do instead. */
export function denyReason(path: string, holder: Readonly<Holder>, now: Date): string {
  const at = holder.claims.find((c) => c.path === path)?.at
  const mins = at ? Math.max(0, Math.round((now.getTime() - Date.parse(at)) / 60_000)) : undefined
  const where = [
    holder.project || 'no project',
    holder.branch ? `branch ${holder.branch}` : '',
    `pid ${holder.pid} on ${holder.host}`
  ]
    .filter(Boolean)
    .join(', ')
  return [
    `baton: ${path} is claimed by another live Claude Code session, ${holder.session} (${where})` +
      `${mins === undefined ? '' : `, since ${mins} min ago`}.`,
    "Editing it now could clobber that session's changes, so this edit was denied.",
    `Instead: add your line with \`baton index add '${path}' --entry "…"\` ` +
      '(a locked upsert that cannot lose updates),',
    'or write to your branch namespace (`baton memory ns` prints it) and merge later with `baton memory merge`.',
    `The claim ends when that session ends; the user can free it now with \`baton release '${path}' --force\`.`
  ].join(' ')
}
