/**
 * The Stop reminder's decision (design.md §7): once per session, when it
 * changed files and saved no handoff of its own since its last change. What
 * counts as saved is what is on disk (see `OwnSave`), never the text of a
 * command: an `echo` that mentions `handoff write`, or a write that failed,
 * saved nothing. Pure: the hook gathers the facts, this decides.
 */
import {savedSince, type OwnSave} from './autosave.ts'
import type {SessionActivity} from './transcript.ts'

/**
 * When the session last edited a file, in ms, or `undefined` when `activity`
 * holds no edit. An edit without a recorded time counts as made at
 * `fallback` (the transcript's last change).
 */
export function lastEditTime(activity: Readonly<SessionActivity>, fallback: number): number | undefined {
  if (activity.edits === 0) return undefined
  const at = Date.parse(activity.lastEditAt ?? '')
  return Number.isNaN(at) ? fallback : at
}

/** The facts Stop decides on. */
export interface StopFacts {
  /** `stopMode` from the configuration */
  mode: 'off' | 'remind' | 'block'
  /** the session was reminded already (at most once per session) */
  reminded: boolean
  /** Claude Code's `stop_hook_active`: the session is continuing because of a Stop hook */
  stopHookActive: boolean
  /** when the session last edited a file (ms), if it did */
  lastEdit: number | undefined
  /** the session's own real handoffs known to be saved */
  saves: readonly OwnSave[]
  /** how many distinct files the session changed */
  files: number
}

/** What Stop does: nothing, a `systemMessage`, or a one-time block with a reason. */
export type StopDecision = {kind: 'quiet'} | {kind: 'remind'; message: string} | {kind: 'block'; reason: string}

/** Decides Stop's reminder from `facts`. */
export function stopDecision(facts: Readonly<StopFacts>): StopDecision {
  if (facts.mode === 'off' || facts.reminded) return {kind: 'quiet'}
  if (facts.lastEdit === undefined || savedSince(facts.saves, facts.lastEdit)) return {kind: 'quiet'}
  const what = `this session changed ${facts.files} file(s) and has not saved a handoff since`
  if (facts.mode === 'block' && !facts.stopHookActive) {
    const reason = `baton: ${what}. Run /baton:handoff-write now so the next session gets this context, then stop.`
    return {kind: 'block', reason}
  }
  return {kind: 'remind', message: `baton: ${what}. Run /baton:handoff-write before you close this terminal.`}
}
