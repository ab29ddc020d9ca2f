/**
 * Stop (design.md §7): once per session, when it changed files and saved no
 * handoff of its own since, remind (systemMessage) or, in `stopMode: "block"`,
 * block once with a reason; `stopDecision` decides. After edits that no
 * handoff of the session holds yet, it also autosaves (`autosaveAtStop`), so
 * that SessionEnd, with its 1.5 s and no run at all after a crash, is only the
 * last resort; the new autosave replaces the session's pending earlier one.
 * What the session saved is read from disk, as PreCompact and SessionEnd do,
 * and only while an edit is not yet known to be covered. The transcript is
 * read incrementally: each Stop reads only what was appended since the last.
 */
import {runHook, type HookOutput, type HookResult} from './_run.ts'
import {autosaves, type HookContext} from './_context.ts'
import {autosaveAtStop, savedSince, type OwnSave} from '../core/autosave.ts'
import {lastEditTime, stopDecision} from '../core/reminder.ts'
import {activitySince, transcriptTime} from './_activity.ts'
import {countWaiting} from '../core/transcript.ts'
import {ownSavesSince} from './_saves.ts'
import {readState, writeState} from './_state.ts'
import {withRegistry} from './_registry.ts'
import {kickSync} from './_sync.ts'
import {saveFromReply, withMessage} from './_reply.ts'

/** The session's own saves at or after `lastEdit`: the real one remembered, else those on disk. */
async function savesFor(context: HookContext, lastEdit: number | undefined, known: OwnSave[]): Promise<OwnSave[]> {
  if (lastEdit === undefined || savedSince(known, lastEdit)) return known
  return ownSavesSince(context, lastEdit)
}

const latest = (saves: OwnSave[], auto: boolean): string | undefined =>
  saves
    .filter((s) => (s.auto === true) === auto)
    .map((s) => s.created)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .at(-1)

/** Writes the Stop autosave; a failure is reported once per session, never fails the hook. */
async function autosaveNow(
  context: HookContext,
  failedBefore: boolean
): Promise<{path?: string; created?: string; note?: string}> {
  try {
    const {activityOf} = await import('./_activity.ts')
    const {writeAutosave} = await import('./_autosave.ts')
    const {path, created} = await writeAutosave(context, activityOf(context.transcript), 'Stop')
    return {path, created}
  } catch (error) {
    if (failedBefore) return {}
    return {note: `baton: could not autosave this session's work (${(error as Error).message}).`}
  }
}

/** How long Stop waits at most for the results of edits its read found without one (see `settledActivity`). */
const SETTLE_MS = 400

/**
 * {@link activitySince}, read again while an edit in it waits for its result, then with the edits
 * still waiting counted as changes (`countWaiting`): Stop fires once every call of the turn has
 * returned, but Claude Code writes the transcript behind (2.1.197 was seen to run Stop before an
 * edit's `tool_result` line was on disk). Only an edit whose error result is seen is left out.
 */
async function settledActivity(...args: Parameters<typeof activitySince>): Promise<ReturnType<typeof activitySince>> {
  const until = Date.now() + SETTLE_MS
  let read = activitySince(...args)
  while (read.activity.waiting.length > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    read = activitySince(...args)
  }
  return {...read, activity: countWaiting(read.activity)}
}

async function stop(context: HookContext): Promise<HookOutput> {
  const mode = context.config.stopMode
  if (mode === 'off') return {}
  const state = readState(context)
  const reminded = state.reminded === true
  const autosave = autosaves(context)
  // Reminded already and nothing to autosave: at most once per session, a reminder that repeats becomes noise.
  if (reminded && !autosave) return {}
  const {activity, next} = await settledActivity(context.transcript, Number(state.scanned ?? 0))
  // An edit the transcript does not time counts as made when the transcript last changed (asked only then).
  const untimed = activity.edits > 0 ? transcriptTime(context.transcript, context.now().getTime()) : 0
  const lastEdit = lastEditTime(activity, untimed) ?? (typeof state.lastEdit === 'number' ? state.lastEdit : undefined)
  const known: OwnSave[] = []
  if (typeof state.savedAt === 'string') known.push({created: state.savedAt})
  if (typeof state.autosavedAt === 'string') known.push({created: state.autosavedAt, auto: true})
  const unsaved = state.unsaved === true || activity.edits > 0
  const remind = !reminded
  // What is on disk matters only for a reminder still to give or edits not autosaved yet.
  const saves = remind || unsaved ? await savesFor(context, lastEdit, known) : known
  const seen = Array.isArray(state.files) ? (state.files as string[]) : []
  const files = [...new Set([...seen, ...activity.files])].slice(-500)
  const stopHookActive = context.input.stop_hook_active === true
  const decision = stopDecision({mode, reminded, stopHookActive, lastEdit, saves, files: files.length})
  const blocking = decision.kind === 'block'
  const save = autosaveAtStop({enabled: autosave, unsaved, lastEdit, saves, blocking})
    ? await autosaveNow(context, state.autosaveFailed === true)
    : {}
  writeState(context, {
    scanned: next,
    files,
    lastEdit,
    savedAt: latest(saves, false),
    autosavedAt: save.created ?? latest(saves, true),
    // Edits wait for an autosave while blocking or while the setting is off; a failed write waits for new edits.
    unsaved: unsaved && !save.path && !save.note && !(lastEdit !== undefined && savedSince(saves, lastEdit)),
    ...(save.note ? {autosaveFailed: true} : {}),
    ...(decision.kind === 'quiet' ? {} : {reminded: true})
  })
  if (blocking) return {decision: 'block', reason: decision.reason}
  const lines = [save.note]
  if (decision.kind === 'remind')
    lines.unshift(decision.message + (save.path ? ` Meanwhile a mechanical autosave is at ${save.path}.` : ''))
  const message = lines.filter(Boolean).join('\n')
  return message ? {systemMessage: message} : {}
}

/**
 * A handoff written in the reply saved (design.md §7.7: before the reminder, which counts it), Stop, then,
 * for a synced handoff directory, a background push and pull (design.md §14), after any save.
 */
async function stopThenSync(context: HookContext): Promise<HookResult> {
  try {
    const saved = await saveFromReply(context)
    return withMessage(await stop(context), saved)
  } finally {
    kickSync(context)
  }
}

void runHook('Stop', withRegistry('heartbeat', stopThenSync))
