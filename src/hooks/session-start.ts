/**
 * SessionStart (design.md §7). On `startup` and `clear` in a session a person
 * reads (or any session with `claimIn: "all"`, §7.1): claim this project's
 * pending handoffs and inject them as additionalContext. On `compact`: show
 * again the gists of the notes this session received. On `resume`, `compact`
 * and `fork`, and in a headless session: claim nothing, and note in one line
 * the handoffs pending from other sessions. Always: export BATON_SESSION_ID for the session's Bash tool.
 */
import {appendFileSync} from 'node:fs'
import {runHook, type HookOutput, type HookResult} from './_run.ts'
import type {HookContext} from './_context.ts'
import {claudeHome, handoffDir} from '../io/paths.ts'
import {sessionStartOutput, type Notice} from '../core/notices.ts'
import {maintain} from './_maintain.ts'
// Static: every startup needs these (each lazy chunk would be one more module to load).
import {resumeHandoffs, type ResumeOptions, type ResumeResult} from '../io/handoff/resume.ts'
import {deliverResume} from '../io/handoff/deliver.ts'
import {readerOf} from '../io/handoff/identity.ts'
import {receiptsDue} from '../io/handoff/sync/told.ts'
import {memoryNotice} from '../io/memory/check.ts'
import {withRegistry} from './_registry.ts'
import {claimsAtStart, sessionKind, type SessionKind} from '../core/session-kind.ts'
import {waitingLine} from '../core/waiting.ts'

/**
 * Claude Code 2.1.x replaces a hook's additionalContext of about 10,000
 * characters or more with a 2 KB preview and a file path (measured in
 * test/e2e). Staying under it keeps handoffs in the prompt itself: as many
 * whole notes as fit are shown, the next ones are claimed and listed by path,
 * and the rest stay pending, counted, for /baton:handoff-resume.
 */
const CONTEXT_LIMIT = 9_500

function exportSession(context: HookContext): void {
  const envFile = context.env.CLAUDE_ENV_FILE
  if (envFile && context.session) appendFileSync(envFile, `export BATON_SESSION_ID=${context.session}\n`)
}

/** The one line for `n` pending handoffs on `resume`, `compact` and `fork`. */
const pendingLine = (n: number): string =>
  `baton: ${n} handoff(s) from other sessions are pending; run /baton:handoff-resume to read them.`

/** The one line for `n` pending handoffs in a session nobody reads (nothing was claimed). */
const headlessLine =
  (kind: Readonly<SessionKind>) =>
  (n: number): string =>
    `baton: ${n} handoff(s) from other sessions are pending, left for an interactive session ` +
    `(this one counts as headless: ${kind.by}). ` +
    'Run /baton:handoff-resume to read and claim them here; the setting claimIn "all" claims at every start.'

/**
 * Claims nothing; notes in one line (`line`) what is pending from other
 * sessions (not this session's own notes), then any other notice; `parts`: context before it.
 */
async function notePending(
  context: HookContext,
  dir: string,
  line: (n: number) => string,
  more: Notice[] = [],
  parts: string[] = []
): Promise<HookOutput> {
  const {countPending} = await import('./_pending.ts')
  const {here: n, waiting} = await countPending(context, dir, context.session)
  const notices: Notice[] = []
  if (n > 0) notices.push({kind: 'pending', text: line(n)})
  if (waiting.length > 0) notices.push({kind: 'pending', text: waitingLine(waiting)})
  notices.push(...(await maintain(context, dir)), ...more)
  return sessionStartOutput(parts, notices)
}

/** This session's resume of the handoffs in `dir` (see `resumeHandoffs`), with `more` options. */
const resumeHere = (context: HookContext, dir: string, more: Partial<ResumeOptions>): Promise<ResumeResult> =>
  resumeHandoffs({
    dir,
    home: claudeHome(context.env),
    cwd: context.cwd,
    now: context.now(),
    session: context.session,
    all: context.config.scope === 'all',
    reader: readerOf(dir, context.config),
    ...more
  })

/**
 * After a compaction (which drops hook context): the notes this session
 * received, at start or by /baton:handoff-resume, come back as their gists,
 * marked already-received, within the budget; nothing is claimed.
 */
async function afterCompact(context: HookContext, dir: string): Promise<HookResult> {
  const result = await resumeHere(context, dir, {
    // Room for the pending line below it.
    maxChars: Math.max(0, Math.min(context.config.maxChars, CONTEXT_LIMIT - pendingLine(99_999).length - 1)),
    again: true
  })
  const notices = result.warnings.map((text): Notice => ({kind: 'warning', text}))
  const again = result.shown.length + result.omitted.length
  if (again > 0) notices.push({kind: 'resumed', text: `baton: ${again} handoff(s) this session received shown again.`})
  return delivering(result, await notePending(context, dir, pendingLine, notices, again > 0 ? [result.text] : []))
}

/**
 * The hook's output as one delivery (see `deliverResume`): the JSON carries
 * every note shown, all or nothing; if it cannot be written (Claude Code went
 * away), the notes go back to pending.
 */
function delivering(result: ResumeResult, output: HookOutput): HookResult {
  const part = {text: JSON.stringify(output ?? {}), items: [...result.shown, ...result.omitted]}
  return {deliver: (write) => deliverResume(result, [part], write)}
}

/** One line about the writer's notes to others picked up since this machine last said (design.md §14). */
async function receipts(context: HookContext, dir: string, me: string): Promise<Notice[]> {
  try {
    const {pickedUpSince} = await import('../io/handoff/sync/receipts.ts')
    const {pickedUpLine} = await import('../core/address.ts')
    const {formatAge} = await import('../core/status.ts')
    const line = pickedUpLine(
      await pickedUpSince(dir, claudeHome(context.env), me, 1000),
      context.now().getTime(),
      formatAge
    )
    return line ? [{kind: 'receipt', text: line}] : []
  } catch (error) {
    return [{kind: 'warning', text: `baton: could not read the receipts of your notes: ${(error as Error).message}`}]
  }
}

async function sessionStart(context: HookContext): Promise<HookResult> {
  exportSession(context)
  const config = context.config
  const dir = handoffDir(context.env)
  if (context.source === 'compact') return afterCompact(context, dir)
  if (context.source === 'resume' || context.source === 'fork') return notePending(context, dir, pendingLine)

  const memory = await memoryNotice(context.cwd, context.env)
  const kind = sessionKind(context.entrypoint, context.env.CLAUDE_CODE_SESSION_ATTENDED)
  if (!claimsAtStart(kind, config.claimIn))
    return notePending(context, dir, headlessLine(kind), memory ? [{kind: 'memory', text: memory}] : [])
  // The whole context stays under the limit: the handoffs get what the memory notice leaves.
  const maxChars = Math.max(0, Math.min(config.maxChars, CONTEXT_LIMIT - (memory ? memory.length + 1 : 0)))
  const reader = readerOf(dir, config)
  const result = await resumeHere(context, dir, {maxChars, syncTimeoutMs: config.syncTimeoutMs, reader})
  const notices: Notice[] = [
    ...result.warnings.map((text): Notice => ({kind: 'warning', text})),
    ...(await maintain(context, dir))
  ]
  if (memory) notices.push({kind: 'memory', text: memory})
  // Only when a fetch came since the last look (a stat each, no git), and the person is known.
  if (reader.synced && receiptsDue(dir, claudeHome(context.env)) && reader.me)
    notices.push(...(await receipts(context, dir, reader.me)))
  const parts: string[] = []
  const count = result.shown.length + result.omitted.length
  if (count > 0 || result.pendingElsewhere > 0 || result.stillPending > 0) parts.push(result.text)
  // Notes of other live worktrees: Claude reads one line each, the person one line in all.
  if (result.waiting.notes.length > 0) {
    parts.push(result.waiting.text)
    notices.push({kind: 'waiting', text: waitingLine(result.waiting.notes)})
  }
  const left =
    result.stillPending > 0
      ? `${result.stillPending} more left pending for lack of room: run /baton:handoff-resume to read them`
      : ''
  if (count > 0 || left) {
    const listed = result.omitted.length ? `${result.omitted.length} listed by path: over the budget` : ''
    const why = [listed, left].filter(Boolean).join('; ')
    const text = `baton: resumed ${count} handoff(s) from earlier sessions${why ? ` (${why})` : ''}.`
    notices.unshift({kind: 'resumed', text})
  }
  const output = sessionStartOutput(parts, notices)
  return delivering(result, output)
}

void runHook('SessionStart', withRegistry('register', sessionStart))
