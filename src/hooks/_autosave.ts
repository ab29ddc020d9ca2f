/**
 * The autosave safety net for PreCompact and SessionEnd: when the session did
 * work and no handoff of its own on disk is newer than its last edit, write a
 * mechanical handoff marked `auto: true`. At most one per session: a newer
 * autosave or the session's own handoff replaces it.
 */
import {runHook, type HookResult} from './_run.ts'
import type {HookContext} from './_context.ts'
import {handoffDir} from '../io/paths.ts'
import {lastWork, needsAutosave, renderAutosave} from '../core/autosave.ts'
import {activityOf, transcriptTime} from './_activity.ts'
import {ownSavesSince} from './_saves.ts'
import {dropState} from './_state.ts'
import {withRegistry} from './_registry.ts'

/** Runs the autosave hook for `event`. */
export async function autosaveHook(event: 'PreCompact' | 'SessionEnd'): Promise<void> {
  // The registry step runs after the autosave: SessionEnd removes this session's entry (and claims).
  await runHook(
    event,
    withRegistry(event === 'SessionEnd' ? 'end' : 'heartbeat', async (context) => {
      if (event === 'SessionEnd') dropState(context) // the Stop reminder's memory ends with the session
      return context.config.autosave ? autosave(context, event) : {}
    })
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
  const {gitState, dirtyCount} = await import('../io/toolkit/git.ts')
  const git = gitState(context.cwd)
  const why = context.input.reason ?? context.input.trigger
  const facts = {...git, dirty: git.inRepo ? dirtyCount(git.root) : 0}
  const text = renderAutosave(activity, facts, why ? `${event} (${why})` : event, context.transcript ?? '')
  const {writeHandoff} = await import('../io/handoff/write.ts')
  const result = await writeHandoff({
    dir: handoffDir(context.env),
    text,
    cwd: context.cwd,
    now: context.now(),
    session: context.session,
    auto: true,
    slug: 'autosave',
    inspect: false,
    redact: context.config.redact
  })
  const hint = 'run /baton:handoff-write for a real handoff'
  const redacted = Object.values(result.redacted).reduce((a, b) => a + b, 0)
  const note = redacted > 0 ? ` ${redacted} credential(s) redacted.` : ''
  return {systemMessage: `baton: autosaved this session's work to ${result.path} (${hint}).${note}`}
}
