/**
 * Stop (DESIGN §7): once per session, when it changed files and saved no
 * handoff since, remind (systemMessage) or, in `stopMode: "block"`, block once
 * with a reason. Never blocks while `stop_hook_active` is true.
 */
import {runHook, sessionOf, type HookInput, type HookResult} from './_run.ts'
import {loadConfig} from '../io/config.ts'
import {needsHandoff} from '../core/transcript.ts'
import {activityOf} from './_activity.ts'
import {readState, writeState} from './_state.ts'
import {withRegistry} from './_registry.ts'

function stop(input: HookInput): HookResult {
  const config = loadConfig()
  if (config.stopMode === 'off') return {}
  const session = sessionOf(input)
  const state = readState(session)
  const activity = activityOf(input.transcript_path)
  // At most once per session: a reminder that repeats becomes noise.
  if (state.reminded === true || !needsHandoff(activity)) return {}
  writeState(session, {reminded: true})
  const what = `this session changed ${activity.files.length} file(s) and has not saved a handoff since`
  if (config.stopMode === 'block' && input.stop_hook_active !== true) {
    return {decision: 'block', reason: `baton: ${what}. Run /baton:handoff-write now so the next session gets this context, then stop.`}
  }
  return {systemMessage: `baton: ${what}. Run /baton:handoff-write before you close this terminal.`}
}

void runHook('Stop', withRegistry('heartbeat', stop))
