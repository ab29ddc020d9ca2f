/**
 * Stop (DESIGN §7): once per session, when it changed files and saved no
 * handoff since, remind (systemMessage) or, in `stopMode: "block"`, block once
 * with a reason. Never blocks while `stop_hook_active` is true. The transcript
 * is read incrementally: each Stop reads only what was appended since the last.
 */
import {runHook, sessionOf, type HookInput, type HookResult} from './_run.ts'
import {loadConfig} from '../io/config.ts'
import {activitySince} from './_activity.ts'
import {readState, writeState} from './_state.ts'
import {withRegistry} from './_registry.ts'

function stop(input: HookInput): HookResult {
  const config = loadConfig()
  if (config.stopMode === 'off') return {}
  const session = sessionOf(input)
  const state = readState(session)
  // At most once per session: a reminder that repeats becomes noise.
  if (state.reminded === true) return {}
  const {activity, next} = activitySince(input.transcript_path, Number(state.scanned ?? 0))
  // An edit after the last saved handoff means one is owed; a handoff after it settles it.
  let owed = state.owed === true
  if (activity.lastEdit > activity.lastHandoff) owed = true
  else if (activity.lastHandoff > -1) owed = false
  const files = [...new Set([...(Array.isArray(state.files) ? (state.files as string[]) : []), ...activity.files])].slice(-500)
  if (!owed) {
    writeState(session, {scanned: next, owed, files})
    return {}
  }
  writeState(session, {scanned: next, owed, files, reminded: true})
  const what = `this session changed ${files.length} file(s) and has not saved a handoff since`
  if (config.stopMode === 'block' && input.stop_hook_active !== true) {
    return {decision: 'block', reason: `baton: ${what}. Run /baton:handoff-write now so the next session gets this context, then stop.`}
  }
  return {systemMessage: `baton: ${what}. Run /baton:handoff-write before you close this terminal.`}
}

void runHook('Stop', withRegistry('heartbeat', stop))
