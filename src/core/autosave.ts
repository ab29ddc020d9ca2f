/** The mechanical autosave handoff (design.md §7), built from transcript facts. */
import type {SessionActivity} from './transcript.ts'

const MAX_ITEMS = 30
/** What the session was doing when each event autosaved it. */
const AT: Record<string, string> = {
  Stop: 'the session finished a turn after editing files (it may still be running)',
  PreCompact: 'the session was compacted',
  SessionEnd: 'the session ended'
}
// Cut between words: a word cut in two (a token, a password) would leave its first part, which no
// redaction rule can tell from text.
const clip = (s: string, n: number): string =>
  s.length <= n ? s : `${/\S/.test(s[n - 1]!) ? s.slice(0, n - 1).replace(/\S+$/, '') : s.slice(0, n - 1)}…`
const list = (items: string[], empty: string): string =>
  items.length === 0 ? `- ${empty}` : items.map((i) => `- ${i}`).join('\n')

/** A handoff this session saved, as its front matter says: a real one, or (`auto`) an autosave. */
export interface OwnSave {
  /** its `created` time, ISO */
  created: string
  /** an autosave (front matter `auto: true`), not a handoff the session wrote itself */
  auto?: boolean | undefined
}

/** Whether one of the real (not `auto`) `saves` was created at or after `at` (ms). */
export function savedSince(saves: readonly OwnSave[], at: number): boolean {
  return saves.some((s) => s.auto !== true && Date.parse(s.created) >= at)
}

/** Whether one of `saves`, real or autosave, was created at or after `at` (ms): that work is on disk. */
export function coveredSince(saves: readonly OwnSave[], at: number): boolean {
  return saves.some((s) => Date.parse(s.created) >= at)
}

/**
 * When the session last did work, in ms: its last edit, else its last command
 * (a session that only ran commands). `undefined` when it did none. A
 * transcript that records no times counts as worked on at `fallback` (the
 * transcript's last change), so only a handoff newer than all of it counts.
 */
export function lastWork(activity: Readonly<SessionActivity>, fallback: number): number | undefined {
  if (activity.edits === 0 && activity.commands.length === 0) return undefined
  const at = Date.parse((activity.edits > 0 ? activity.lastEditAt : activity.lastCommandAt) ?? '')
  return Number.isNaN(at) ? fallback : at
}

/**
 * Whether PreCompact or SessionEnd should autosave: the session did work, and
 * no handoff of its own on disk (pending or consumed) was created at or after
 * that work: neither a real one nor an earlier autosave (Stop's, or
 * PreCompact's) that already holds it. Decided from what was saved, never from
 * the text of its commands: a command that only mentions `handoff write`, or
 * a write that failed, saved nothing.
 *
 * @param saves the session's own handoffs found on disk, autosaves included
 * @param fallback see {@link lastWork}
 */
export function needsAutosave(
  activity: Readonly<SessionActivity>,
  saves: readonly OwnSave[],
  fallback: number
): boolean {
  const work = lastWork(activity, fallback)
  return work !== undefined && !coveredSince(saves, work)
}

/** The facts Stop decides its autosave on. */
export interface StopAutosaveFacts {
  /** the `autosave` setting */
  enabled: boolean
  /**
   * the transcript shows edits made since the session's last autosave (by
   * position in the transcript, not by time: a clock that disagrees cannot
   * make every Stop write again)
   */
  unsaved: boolean
  /** when the session last edited a file (ms), if it did */
  lastEdit: number | undefined
  /** the session's own handoffs known to be saved (only real ones count here) */
  saves: readonly OwnSave[]
  /** this Stop blocks to ask for a real handoff (`stopMode: "block"`): the model is about to write one */
  blocking: boolean
}

/**
 * Whether Stop autosaves (design.md §7): the session edited files since its
 * last autosave, and no real handoff of its own is newer than its last edit;
 * so SessionEnd (1.5 s, and no run at all after a crash) is only the last
 * resort. Not on the Stop that blocks for a real handoff. The new autosave
 * replaces the session's pending one; nothing else is touched.
 */
export function autosaveAtStop(facts: Readonly<StopAutosaveFacts>): boolean {
  if (!facts.enabled || facts.blocking || !facts.unsaved || facts.lastEdit === undefined) return false
  return !savedSince(facts.saves, facts.lastEdit)
}

/** Facts about the repository at autosave time. */
export interface GitFacts {
  branch: string
  commit: string
  dirty: number
}

/**
 * Renders the five-section autosave body.
 *
 * @param activity what the transcript says the session did
 * @param event `PreCompact` or `SessionEnd`, and why
 */
export function renderAutosave(
  activity: Readonly<SessionActivity>,
  git: Readonly<GitFacts>,
  event: string,
  transcriptPath: string
): string {
  const files = activity.files.slice(-MAX_ITEMS).map((f) => `\`${f}\``)
  const commands = activity.commands.slice(-15).map((c) => `\`${clip(c.replace(/\s+/g, ' '), 160)}\``)
  const prompts = activity.prompts.slice(-3).map((p) => `"${clip(p.replace(/\s+/g, ' '), 300)}"`)
  return [
    '## Session summary',
    `Autosaved by Baton at ${event}: ${AT[event.split(' ')[0] ?? ''] ?? 'the session ended or compacted'} ` +
      'without /baton:handoff-write. ' +
      `This is a mechanical record (${activity.edits} edit(s), ${activity.commands.length} command(s)); ` +
      'intent and reasoning are not captured.',
    '',
    '## What changed',
    list(files, 'no file edits recorded'),
    activity.files.length > MAX_ITEMS ? `- … and ${activity.files.length - MAX_ITEMS} more` : '',
    '',
    '## What still needs work',
    'Unknown: check the last prompts below and the git state.',
    list(prompts, 'no prompts recorded'),
    '',
    '## Key decisions',
    'Not recorded by the autosave.',
    '',
    '## Active context',
    `- git: branch \`${git.branch || '(none)'}\`, commit \`${git.commit.slice(0, 12) || '(none)'}\`, ` +
      `${git.dirty} uncommitted file(s)`,
    `- transcript: \`${transcriptPath}\``,
    '- commands run (last 15):',
    list(commands, 'none').replace(/^/gm, '  '),
    ''
  ].join('\n')
}
