/**
 * What a hook knows before it does anything: the fields Claude Code sends on
 * stdin, and the rules that turn them (with the environment) into the
 * session id and working directory every hook uses (design.md §7). Pure.
 */

/** Fields Claude Code sends on a hook's stdin (2.1.x). */
export interface HookInput {
  session_id?: string
  transcript_path?: string
  cwd?: string
  hook_event_name?: string
  source?: string
  reason?: string
  trigger?: string
  stop_hook_active?: boolean
  /** Stop: the text of the assistant's last message (2.1.197 and later) */
  last_assistant_message?: string
  tool_name?: string
  tool_input?: Record<string, unknown>
}

/** The environment variables a hook reads. */
export type HookEnv = Readonly<Record<string, string | undefined>>

/**
 * The session id, filesystem-safe: stdin's `session_id`, else
 * `CLAUDE_CODE_SESSION_ID`, with every character outside `[A-Za-z0-9_-]`
 * dropped. `''` when neither is set.
 */
export function hookSession(input: Readonly<HookInput>, env: HookEnv): string {
  return String(input.session_id ?? env.CLAUDE_CODE_SESSION_ID ?? '').replace(/[^A-Za-z0-9_-]/g, '')
}

/**
 * The session's working directory: stdin's `cwd`, else `CLAUDE_PROJECT_DIR`,
 * else the directory the hook process runs in (`processCwd`, asked only when
 * needed: it throws when that directory was removed).
 */
export function hookCwd(input: Readonly<HookInput>, env: HookEnv, processCwd: () => string): string {
  return input.cwd || env.CLAUDE_PROJECT_DIR || processCwd()
}
