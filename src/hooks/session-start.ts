/**
 * SessionStart (DESIGN §7). On `startup` and `clear`: claim this project's
 * pending handoffs and inject them as additionalContext. On `resume` and
 * `compact`: claim nothing, and note pending handoffs in one line. Always:
 * export BATON_SESSION_ID for the session's Bash tool.
 */
import {appendFileSync} from 'node:fs'
import {runHook, sessionOf, type HookInput, type HookResult} from './_run.ts'
import {claudeHome, handoffDir} from '../io/paths.ts'
import {loadConfig} from '../io/config.ts'
import {maintain} from './_maintain.ts'
// Static: every startup needs these (each lazy chunk would be one more module to load).
import {resumeHandoffs} from '../io/handoff/resume.ts'
import {memoryNotice} from '../io/memory/check.ts'
import {withRegistry} from './_registry.ts'

/**
 * Claude Code 2.1.x replaces a hook's additionalContext of about 10,000
 * characters or more with a 2 KB preview and a file path (measured in
 * test/e2e). Staying under it keeps handoffs in the prompt itself: as many
 * whole notes as fit are shown, the next ones are claimed and listed by path,
 * and the rest stay pending, counted, for /baton:handoff-resume.
 */
const CONTEXT_LIMIT = 9_500

function exportSession(session: string): void {
  const envFile = process.env.CLAUDE_ENV_FILE
  if (envFile && session) appendFileSync(envFile, `export BATON_SESSION_ID=${session}\n`)
}

async function sessionStart(input: HookInput): Promise<HookResult> {
  const session = sessionOf(input)
  exportSession(session)
  const config = loadConfig()
  const cwd = input.cwd || process.env.CLAUDE_PROJECT_DIR || process.cwd()
  const dir = handoffDir()
  const notes: string[] = []

  if (input.source === 'resume' || input.source === 'compact') {
    const {countPending} = await import('./_pending.ts')
    const n = await countPending(dir, cwd, config.scope === 'all')
    notes.push(...(await maintain({dir, config})))
    const line = n > 0 ? `baton: ${n} handoff(s) from other sessions are pending; run /baton:handoff-resume to read them.` : undefined
    if (line) notes.unshift(line)
    return {
      ...(line ? {hookSpecificOutput: {hookEventName: 'SessionStart', additionalContext: line}} : {}),
      ...(notes.length ? {systemMessage: notes.join('\n')} : {})
    }
  }

  // The whole context stays under the limit: the handoffs get what the memory notice leaves.
  const memory = memoryNotice(cwd)
  const maxChars = Math.max(0, Math.min(config.maxChars, CONTEXT_LIMIT - (memory ? memory.length + 1 : 0)))
  const result = await resumeHandoffs({dir, home: claudeHome(), cwd, now: new Date(), session, maxChars, all: config.scope === 'all'})
  notes.push(...result.warnings, ...(await maintain({dir, config})))
  if (memory) notes.push(memory)
  const parts: string[] = []
  const count = result.shown.length + result.omitted.length
  if (count > 0 || result.pendingElsewhere > 0 || result.stillPending > 0) parts.push(result.text)
  const left = result.stillPending > 0 ? `${result.stillPending} more left pending for lack of room: run /baton:handoff-resume to read them` : ''
  if (count > 0 || left) {
    const listed = result.omitted.length ? `${result.omitted.length} listed by path: over the budget` : ''
    const why = [listed, left].filter(Boolean).join('; ')
    notes.unshift(`baton: resumed ${count} handoff(s) from earlier sessions${why ? ` (${why})` : ''}.`)
  }
  const context = [...parts, ...notes.filter((n) => n.startsWith('baton: MEMORY'))].join('\n')
  const output = {
    ...(context ? {hookSpecificOutput: {hookEventName: 'SessionStart', additionalContext: context}} : {}),
    ...(notes.length ? {systemMessage: notes.join('\n')} : {})
  }
  // If the JSON cannot be written (Claude Code went away), the notes go back to pending.
  return {output, after: result.release, undo: () => result.putBack([...result.shown, ...result.omitted])}
}

void runHook('SessionStart', withRegistry('register', sessionStart))
