/** Where things live (design.md §2). */
import {homedir} from 'node:os'
import {join, resolve} from 'node:path'

type Env = Readonly<Record<string, string | undefined>>

/** `$CLAUDE_CONFIG_DIR` when set, otherwise `~/.claude`. */
export function claudeHome(env: Env = process.env): string {
  const dir = env.CLAUDE_CONFIG_DIR
  return dir ? resolve(dir) : join(env.HOME || homedir(), '.claude')
}

/** The handoff directory: `--dir`, else `$BATON_HANDOFF_DIR`, else `$CLAUDE_HOME/handoffs`. */
export function handoffDir(env: Env = process.env, flag?: string): string {
  if (flag) return resolve(flag)
  if (env.BATON_HANDOFF_DIR) return resolve(env.BATON_HANDOFF_DIR)
  return join(claudeHome(env), 'handoffs')
}

/** Baton's own state: `$CLAUDE_HOME/baton`. */
export function batonDir(env: Env = process.env): string {
  return join(claudeHome(env), 'baton')
}

/** The history index of deleted handoffs: `$CLAUDE_HOME/baton/history.jsonl` (`home` is `$CLAUDE_HOME`). */
export function historyFile(home: string): string {
  return join(home, 'baton', 'history.jsonl')
}
