/**
 * The one hook context: built once from stdin and the environment, then
 * handed to every helper, so that each works out the session, the cwd, the
 * clock and the config by the same rule (design.md §7). Building it reads no
 * file: the config is loaded on first use only, so PreToolUse's path check for
 * an ordinary file stays as cheap as before.
 */
import type {Config} from '../core/config.ts'
import {hookCwd, hookSession, type HookEnv, type HookInput} from '../core/hook-input.ts'
import {loadConfig} from '../io/config.ts'
import {autosavesIn, sessionKind} from '../core/session-kind.ts'

/** Everything a hook knows about its call. */
export interface HookContext {
  /** stdin as Claude Code sent it */
  readonly input: Readonly<HookInput>
  /** the hook event: stdin's `hook_event_name`, else the hook's own name */
  readonly event: string
  /** the session id, filesystem-safe (`''` when unknown) */
  readonly session: string
  /** the session's working directory (worked out on first use) */
  readonly cwd: string
  /** the session's transcript (JSONL), if given */
  readonly transcript: string | undefined
  /** SessionStart's `source`: `startup`, `resume`, `clear` or `compact` */
  readonly source: string | undefined
  /** how Claude Code was started (`CLAUDE_CODE_ENTRYPOINT`: `cli`, `sdk-ts`, …) */
  readonly entrypoint: string | undefined
  /** the environment the hook runs in */
  readonly env: HookEnv
  /** the effective settings, loaded on first use (a broken config file throws `ECONFIG` then) */
  readonly config: Config
  /** the time now; `BATON_NOW` (ISO) pins it, for reproducible runs and tests */
  now(): Date
}

/**
 * The context of the hook `name` for `input`.
 *
 * @param processCwd the directory the hook process runs in (the cwd's last fallback, asked only when needed)
 */
export function hookContext(
  name: string,
  input: Readonly<HookInput>,
  env: HookEnv = process.env,
  processCwd = (): string => process.cwd()
): HookContext {
  let config: Config | undefined
  let cwd: string | undefined
  const pinned = env.BATON_NOW
  return {
    input,
    event: input.hook_event_name ?? name,
    session: hookSession(input, env),
    get cwd(): string {
      cwd ??= hookCwd(input, env, processCwd)
      return cwd
    },
    transcript: input.transcript_path,
    source: input.source,
    entrypoint: env.CLAUDE_CODE_ENTRYPOINT,
    env,
    get config(): Config {
      config ??= loadConfig(env)
      return config
    },
    now: () => (pinned ? new Date(pinned) : new Date())
  }
}

/**
 * Whether this session writes the mechanical autosave (design.md §7.1): the `autosave` setting, and
 * `saveIn` for the kind of session (by default not in `claude -p`, the SDK or CI).
 */
export function autosaves(context: HookContext): boolean {
  if (!context.config.autosave) return false
  const kind = sessionKind(context.entrypoint, context.env.CLAUDE_CODE_SESSION_ATTENDED)
  return autosavesIn(kind, context.config.saveIn)
}
