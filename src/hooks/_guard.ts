/**
 * The guarded path of PreToolUse: an edit to a shared file under
 * `$CLAUDE_HOME`. When another live session holds a claim on the file, deny
 * the tool call with a reason that names it; otherwise claim the file for
 * this session (released at SessionEnd). Switched off by `guard: false`.
 */
import {sessionOf, type HookInput, type HookOutput} from './_run.ts'
import {loadConfig} from '../io/config.ts'
import {denyReason} from '../core/guard.ts'

/** Checks and claims `target` for the session in `input`. */
export async function guard(input: HookInput, target: string): Promise<HookOutput> {
  if (!loadConfig().guard) return undefined
  const session = sessionOf(input)
  if (!session) return undefined
  const [{claimFile}, {sessionsDir}] = await Promise.all([import('../io/session/file-claims.ts'), import('../io/session/registry.ts')])
  const now = new Date()
  const cwd = input.cwd || process.env.CLAUDE_PROJECT_DIR || process.cwd()
  const result = await claimFile({dir: sessionsDir(), session, path: target, now, cwd})
  if (result.granted) return undefined // no opinion: Claude Code's own permission rules decide
  return {
    hookSpecificOutput: {
      hookEventName: 'PreToolUse',
      permissionDecision: 'deny',
      permissionDecisionReason: result.holder
        ? denyReason(result.path, result.holder, now)
        : `baton: another session tried to claim ${result.path} at the same moment; this edit was denied so that neither clobbers the other. Try the edit again, or use \`baton index add\` for a one-line change.`
    }
  }
}
