/**
 * Whether a session has a person reading it, from what Claude Code puts in a
 * hook's environment (design.md §7.1). SessionStart claims handoffs only in
 * such a session (unless `claimIn: "all"`): a script, a git hook or CI running
 * `claude -p` in the project must not swallow the notes meant for the next
 * person. By the same reasoning the mechanical autosave is written only for a
 * session a person reads or started in the background (unless `saveIn:
 * "all"`): a script's run must not leave notes for the next person either.
 * Pure: the caller passes the variables in.
 */

/**
 * `CLAUDE_CODE_ENTRYPOINT` values whose sessions a person reads: the terminal
 * UI, the IDE extension, the desktop app, remote and chat front ends. The set
 * Claude Code 2.1.332 itself counts as attended, plus `cli`.
 */
const ATTENDED: ReadonlySet<string> = new Set([
  'cli',
  'claude-vscode',
  'claude-desktop',
  'claude-desktop-3p',
  'local-agent',
  'local_agent',
  'remote',
  'remote_desktop',
  'remote_mobile',
  'remote_projects',
  'remote_cowork',
  'ssh-remote',
  'claude-in-slack',
  'claude_in_slack',
  'claude-in-teams',
  'claude-coworker',
  'claude-coworker-terminal'
])

/**
 * Entrypoints that run without a reader: `claude -p` (`sdk-cli`), the Agent
 * SDKs, `claude mcp serve`, the GitHub Action, benchmarks, scheduled
 * triggers and the other values Claude Code 2.1.332 does not count as
 * attended. These win over an inherited `CLAUDE_CODE_SESSION_ATTENDED=1` (a
 * `claude -p` started from an attended session's shell, by a version that
 * does not set the variable itself).
 */
const UNATTENDED: ReadonlySet<string> = new Set([
  'sdk-cli',
  'sdk-ts',
  'sdk-py',
  'mcp',
  'claude-code-github-action',
  'bench',
  'remote_trigger',
  'remote_cowork_trigger',
  'remote_baku',
  'claude-security'
])

/** How a session was judged, and from what. */
export interface SessionKind {
  /** a person reads this session */
  attended: boolean
  /**
   * a background session (`claude --bg`, 2.1.337): a front end a person uses, with
   * `CLAUDE_CODE_SESSION_ATTENDED=0`. Nobody reads it while it runs; a person started it and may
   * attach to it (`claude attach`, which fires no SessionStart).
   */
  background?: boolean
  /** what decided it, for messages and tests, e.g. `entrypoint sdk-cli` */
  by: string
}

/**
 * Judges a session from `CLAUDE_CODE_ENTRYPOINT` and
 * `CLAUDE_CODE_SESSION_ATTENDED` (set by Claude Code 2.1.33x to `1` or `0`):
 * a known headless entrypoint is unattended; otherwise the attended flag
 * decides when it is `1` or `0`; otherwise a known attended entrypoint is
 * attended. Anything else (no entrypoint: a hook run by hand; a value this
 * table does not know, from a version that does not set the flag) counts as
 * unattended: claiming nothing leaves every note pending, which a later
 * session or `baton handoff resume` still gets, while a wrong claim hides them.
 */
export function sessionKind(entrypoint: string | undefined, attendedFlag: string | undefined): SessionKind {
  const ep = entrypoint?.trim() || undefined
  if (ep && UNATTENDED.has(ep)) return {attended: false, by: `entrypoint ${ep}`}
  const flag = attendedFlag?.trim()
  if (flag === '0' && ep && ATTENDED.has(ep))
    return {
      attended: false,
      background: true,
      by: `a background session (entrypoint ${ep}, CLAUDE_CODE_SESSION_ATTENDED=0)`
    }
  if (flag === '1' || flag === '0') return {attended: flag === '1', by: `CLAUDE_CODE_SESSION_ATTENDED=${flag}`}
  if (ep && ATTENDED.has(ep)) return {attended: true, by: `entrypoint ${ep}`}
  return {attended: false, by: ep ? `unknown entrypoint ${ep}` : 'no CLAUDE_CODE_ENTRYPOINT'}
}

/** Where SessionStart claims handoffs: in attended sessions only (default), or in every session. */
export type ClaimIn = 'interactive' | 'all'

/** Whether SessionStart claims in a session of this kind under `claimIn`. */
export function claimsAtStart(kind: Readonly<SessionKind>, claimIn: ClaimIn): boolean {
  return claimIn === 'all' || kind.attended
}

/**
 * Where the mechanical autosave (Stop, PreCompact, SessionEnd) is written: in sessions a person
 * reads or started in the background (default), or in every session. A handoff the session writes
 * itself (`baton handoff write`) is saved in any session.
 */
export type SaveIn = 'interactive' | 'all'

/**
 * Whether a session of this kind autosaves under `saveIn`. A background session does: its work was
 * asked for by a person, who is not there to read it, so the next session they open gets the record.
 */
export function autosavesIn(kind: Readonly<SessionKind>, saveIn: SaveIn): boolean {
  return saveIn === 'all' || kind.attended || kind.background === true
}
