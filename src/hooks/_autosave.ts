/**
 * The autosave safety net for PreCompact and SessionEnd: when the session did
 * work and no handoff of its own on disk is newer than its last edit, write a
 * mechanical handoff marked `auto: true`. At most one per session: a newer
 * autosave or the session's own handoff replaces it.
 */
import {statSync} from 'node:fs'
import {runHook, sessionOf, type HookInput, type HookResult} from './_run.ts'
import {loadConfig} from '../io/config.ts'
import {handoffDir} from '../io/paths.ts'
import {lastWork, needsAutosave, renderAutosave} from '../core/autosave.ts'
import {activityOf} from './_activity.ts'
import {dropState} from './_state.ts'
import {withRegistry} from './_registry.ts'

/** Runs the autosave hook for `event`. */
export async function autosaveHook(event: 'PreCompact' | 'SessionEnd'): Promise<void> {
  // The registry step runs after the autosave: SessionEnd removes this session's entry (and claims).
  await runHook(event, withRegistry(event === 'SessionEnd' ? 'end' : 'heartbeat', async (input: HookInput): Promise<HookResult> => {
    if (event === 'SessionEnd') dropState(sessionOf(input)) // the Stop reminder's memory ends with the session
    if (!loadConfig().autosave) return {}
    const activity = activityOf(input.transcript_path)
    // What the session saved is on disk; its commands' text proves nothing (an
    // echo, a failed write). Without times in the transcript, only a handoff
    // newer than the transcript itself counts.
    const fallback = transcriptTime(input.transcript_path)
    const work = lastWork(activity, fallback)
    if (work === undefined) return {}
    const {savesSince} = await import('../io/handoff/saves.ts')
    if (!needsAutosave(activity, await savesSince(handoffDir(), sessionOf(input), work), fallback)) return {}
    const cwd = input.cwd || process.env.CLAUDE_PROJECT_DIR || process.cwd()
    const {gitState, dirtyCount} = await import('../io/toolkit/git.ts')
    const git = gitState(cwd)
    const why = input.reason ?? input.trigger
    const text = renderAutosave(activity, {...git, dirty: git.inRepo ? dirtyCount(git.root) : 0}, why ? `${event} (${why})` : event, input.transcript_path ?? '')
    const {writeHandoff} = await import('../io/handoff/write.ts')
    const result = await writeHandoff({dir: handoffDir(), text, cwd, now: new Date(), session: sessionOf(input), auto: true, slug: 'autosave', inspect: false})
    return {systemMessage: `baton: autosaved this session's work to ${result.path} (run /baton:handoff-write for a real handoff).`}
  }))
}

/** The transcript's last change in ms (now when unknown): when a transcript without times was last worked on at the latest. */
function transcriptTime(path: string | undefined): number {
  try {
    return path ? statSync(path).mtimeMs : Date.now()
  } catch {
    return Date.now()
  }
}
