/**
 * The guarded path of PreToolUse: an edit to a shared file under
 * `$CLAUDE_HOME`. When another live session holds a claim on the file, deny
 * the tool call with a reason that names it; otherwise claim the file for
 * this session (released at SessionEnd). Switched off by `guard: false`.
 */
import type {HookOutput} from './_run.ts'
import type {HookContext} from './_context.ts'
import {denyReason} from '../core/guard.ts'

/** Checks and claims `target` for the context's session. */
export async function guard(context: HookContext, target: string): Promise<HookOutput> {
  if (!context.config.guard) return undefined
  const session = context.session
  if (!session) return undefined
  const [{claimFile}, {sessionsDir}] = await Promise.all([
    import('../io/session/file-claims.ts'),
    import('../io/session/registry.ts')
  ])
  const now = context.now()
  const result = await claimFile({dir: sessionsDir(context.env), session, path: target, now, cwd: context.cwd})
  if (result.granted) return undefined // no opinion: Claude Code's own permission rules decide
  return {
    hookSpecificOutput: {
      hookEventName: 'PreToolUse',
      permissionDecision: 'deny',
      permissionDecisionReason: result.holder
        ? denyReason(result.path, result.holder, now)
        : `baton: another session tried to claim ${result.path} at the same moment; ` +
          'this edit was denied so that neither clobbers the other. ' +
          'Try the edit again, or use `baton index add` for a one-line change.'
    }
  }
}
