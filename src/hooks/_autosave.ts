/**
 * The autosave safety net (design.md §7): when the session did work and no
 * handoff of its own on disk (real, or an autosave that already holds that
 * work) is newer than its last edit, write a mechanical handoff marked
 * `auto: true`. Stop writes it after edits, PreCompact before a compaction,
 * SessionEnd as the last resort. At most one pending per session: a newer
 * autosave or the session's own handoff replaces it.
 */
import {runHook, type HookResult} from './_run.ts'
import {autosaves, type HookContext} from './_context.ts'
import {claudeHome, handoffDir} from '../io/paths.ts'
import {lastWork, needsAutosave, renderAutosave} from '../core/autosave.ts'
import type {SessionActivity} from '../core/transcript.ts'
import {activityOf, transcriptTime} from './_activity.ts'
import {ownSavesSince} from './_saves.ts'
import {dropState} from './_state.ts'
import {withRegistry} from './_registry.ts'
import {kickSync} from './_sync.ts'

/** How long the autosave waits for `git status` to count uncommitted files. */
const DIRTY_MS = 400

/** Runs the autosave hook for `event`. */
export async function autosaveHook(event: 'PreCompact' | 'SessionEnd'): Promise<void> {
  // The registry step runs after the autosave: SessionEnd removes this session's entry (and claims).
  await runHook(
    event,
    withRegistry(event === 'SessionEnd' ? 'end' : 'heartbeat', async (context) => {
      if (event === 'SessionEnd') dropState(context) // the Stop reminder's memory ends with the session
      const result = autosaves(context) ? await autosave(context, event) : {}
      // After the autosave, so that it is pushed too (design.md §14).
      if (event === 'SessionEnd') kickSync(context, true)
      return result
    }),
    event === 'PreCompact' ? 'text' : 'json'
  )
}

async function autosave(context: HookContext, event: string): Promise<HookResult> {
  const activity = activityOf(context.transcript)
  // What the session saved is on disk; its commands' text proves nothing (an
  // echo, a failed write). Without times in the transcript, only a handoff
  // newer than the transcript itself counts.
  const fallback = transcriptTime(context.transcript, context.now().getTime())
  const work = lastWork(activity, fallback)
  if (work === undefined) return {}
  if (!needsAutosave(activity, await ownSavesSince(context, work), fallback)) return {}
  const why = context.input.reason ?? context.input.trigger
  const {path, redacted} = await writeAutosave(context, activity, why ? `${event} (${why})` : event)
  const hint = 'run /baton:handoff-write for a real handoff'
  const note = redacted > 0 ? ` ${redacted} credential(s) redacted.` : ''
  return {systemMessage: `baton: autosaved this session's work to ${path} (${hint}).${note}`}
}

/**
 * Writes the session's autosave of `activity` (`event`: what triggered it),
 * replacing its pending earlier one (see `writeHandoff`); never touches a
 * real handoff. Returns the new path and how many credentials were redacted.
 */
export async function writeAutosave(
  context: HookContext,
  activity: Readonly<SessionActivity>,
  event: string
): Promise<{path: string; redacted: number; created: string}> {
  const {gitState, dirtyCount} = await import('../io/toolkit/git.ts')
  const git = gitState(context.cwd)
  // Bounded: SessionEnd has 1.5 s in all, and a huge repository's `git status` could take it (0 then).
  const facts = {...git, dirty: git.inRepo ? dirtyCount(git.root, DIRTY_MS) : 0}
  const text = renderAutosave(activity, facts, event, context.transcript ?? '')
  const {writeHandoff} = await import('../io/handoff/write.ts')
  const now = context.now()
  const result = await writeHandoff({
    dir: handoffDir(context.env),
    text,
    cwd: context.cwd,
    now,
    session: context.session,
    home: claudeHome(context.env),
    auto: true,
    slug: 'autosave',
    inspect: false,
    redact: context.config.redact,
    identity: context.config,
    git: facts
  })
  const redacted = Object.values(result.redacted).reduce((a, b) => a + b, 0)
  return {path: result.path, redacted, created: now.toISOString()}
}
