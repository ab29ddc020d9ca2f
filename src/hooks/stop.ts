/**
 * Stop (design.md §7): once per session, when it changed files and saved no
 * handoff of its own since, remind (systemMessage) or, in `stopMode: "block"`,
 * block once with a reason; `stopDecision` decides. What the session saved is
 * read from disk, as PreCompact and SessionEnd do, and only while an edit is
 * not yet known to be covered. The transcript is read incrementally: each Stop
 * reads only what was appended since the last.
 */
import {runHook, type HookResult} from './_run.ts'
import type {HookContext} from './_context.ts'
import {savedSince, type OwnSave} from '../core/autosave.ts'
import {lastEditTime, stopDecision} from '../core/reminder.ts'
import {activitySince, transcriptTime} from './_activity.ts'
import {ownSavesSince} from './_saves.ts'
import {readState, writeState} from './_state.ts'
import {withRegistry} from './_registry.ts'

/** The session's own saves at or after `lastEdit`: the one remembered, else those on disk. */
async function savesFor(context: HookContext, lastEdit: number | undefined, known: OwnSave[]): Promise<OwnSave[]> {
  if (lastEdit === undefined || savedSince(known, lastEdit)) return known
  return ownSavesSince(context, lastEdit)
}

async function stop(context: HookContext): Promise<HookResult> {
  const mode = context.config.stopMode
  if (mode === 'off') return {}
  const state = readState(context)
  // At most once per session: a reminder that repeats becomes noise.
  if (state.reminded === true) return {}
  const {activity, next} = activitySince(context.transcript, Number(state.scanned ?? 0))
  // An edit the transcript does not time counts as made when the transcript last changed (asked only then).
  const untimed = activity.edits > 0 ? transcriptTime(context.transcript, context.now().getTime()) : 0
  const lastEdit = lastEditTime(activity, untimed) ?? (typeof state.lastEdit === 'number' ? state.lastEdit : undefined)
  const known = typeof state.savedAt === 'string' ? [{created: state.savedAt}] : []
  const saves = await savesFor(context, lastEdit, known)
  const seen = Array.isArray(state.files) ? (state.files as string[]) : []
  const files = [...new Set([...seen, ...activity.files])].slice(-500)
  const stopHookActive = context.input.stop_hook_active === true
  const reminded = state.reminded === true
  const decision = stopDecision({mode, reminded, stopHookActive, lastEdit, saves, files: files.length})
  const savedAt = saves
    .map((s) => s.created)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .at(-1)
  writeState(context, {scanned: next, files, lastEdit, savedAt, ...(decision.kind === 'quiet' ? {} : {reminded: true})})
  if (decision.kind === 'block') return {decision: 'block', reason: decision.reason}
  if (decision.kind === 'remind') return {systemMessage: decision.message}
  return {}
}

void runHook('Stop', withRegistry('heartbeat', stop))
