/** The mechanical autosave handoff (design.md §7), built from transcript facts. */
import type {SessionActivity} from './transcript.ts'

const MAX_ITEMS = 30
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s)
const list = (items: string[], empty: string): string =>
  items.length === 0 ? `- ${empty}` : items.map((i) => `- ${i}`).join('\n')

/** A real (not `auto`) handoff this session saved, as its front matter says. */
export interface OwnSave {
  /** its `created` time, ISO */
  created: string
}

/** Whether one of `saves` was created at or after `at` (ms). */
export function savedSince(saves: readonly OwnSave[], at: number): boolean {
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
 * no real handoff of its own on disk (pending or consumed) was created at or
 * after that work. Decided from what was saved, never from the text of its
 * commands: a command that only mentions `handoff write`, or a write that
 * failed, saved nothing.
 *
 * @param saves the session's own real handoffs found on disk
 * @param fallback see {@link lastWork}
 */
export function needsAutosave(
  activity: Readonly<SessionActivity>,
  saves: readonly OwnSave[],
  fallback: number
): boolean {
  const work = lastWork(activity, fallback)
  return work !== undefined && !savedSince(saves, work)
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
    `Autosaved by Baton at ${event}: the session ended or compacted without /baton:handoff-write. ` +
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
