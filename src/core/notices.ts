/**
 * SessionStart's notices, routed by kind (design.md §7): every notice is
 * shown to the user (`systemMessage`); only the kinds Claude must act on also
 * go into its context (`additionalContext`), after the handoffs themselves.
 */

/** What a notice is about. */
export type NoticeKind =
  /** how many handoffs were resumed, and why some were not shown whole */
  | 'resumed'
  /** handoffs waiting, on `resume` and `compact` where nothing is claimed */
  | 'pending'
  /** handoffs left in other live worktrees, counted for the user (Claude reads their lines in the context) */
  | 'waiting'
  /** a handoff resume skipped or could not read */
  | 'warning'
  /** what the daily housekeeping did */
  | 'maintenance'
  /** the project's `MEMORY.md` is not fully visible to Claude */
  | 'memory'
  /** the writer's notes to others that were picked up since (design.md §14, "People"); for the person only */
  | 'receipt'

/** One line for the user, and perhaps for Claude. */
export interface Notice {
  kind: NoticeKind
  text: string
}

/** The kinds that Claude sees as well as the user. */
const FOR_CLAUDE: ReadonlySet<NoticeKind> = new Set<NoticeKind>(['pending', 'memory'])

/**
 * SessionStart's output: `context` (the handoffs, if any) and the notices
 * for Claude as `additionalContext`, every notice as `systemMessage`. Empty
 * parts are left out.
 */
export function sessionStartOutput(context: readonly string[], notices: readonly Notice[]): Record<string, unknown> {
  const forClaude = [...context, ...notices.filter((n) => FOR_CLAUDE.has(n.kind)).map((n) => n.text)].join('\n')
  return {
    ...(forClaude ? {hookSpecificOutput: {hookEventName: 'SessionStart', additionalContext: forClaude}} : {}),
    ...(notices.length ? {systemMessage: notices.map((n) => n.text).join('\n')} : {})
  }
}
