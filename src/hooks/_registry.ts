/**
 * The session registry's part in the hooks (design.md §7), as a wrapper: the hook's
 * own work runs first and unchanged; then this session's entry is written
 * (`register`, SessionStart), refreshed (`heartbeat`, UserPromptSubmit and
 * Stop) or removed (`end`, SessionEnd). A registry failure never breaks the
 * hook: it becomes one more `systemMessage` line.
 */
import type {HookOutput, HookWork} from './_run.ts'
import type {HookContext} from './_context.ts'

/** What the registry does for a hook event. */
export type RegistryStep = 'register' | 'heartbeat' | 'end'

async function step(kind: RegistryStep, context: HookContext): Promise<void> {
  const session = context.session
  if (!session) return
  const {sessionsDir, touchRecord, removeRecord} = await import('../io/session/registry.ts')
  const dir = sessionsDir(context.env)
  const now = context.now()
  if (kind === 'end') return removeRecord(dir, session)
  // A heartbeat only bumps the mtime; a missing entry (pruned while idle, or a
  // plugin enabled mid-session) is registered again.
  if (kind === 'heartbeat' && touchRecord(dir, session, now)) return
  const {registerSession} = await import('../io/session/register.ts')
  registerSession({dir, session, cwd: context.cwd, now})
}

function withNote(output: HookOutput, note: string): HookOutput {
  const prior = typeof output?.systemMessage === 'string' ? `${output.systemMessage}\n` : ''
  return {...output, systemMessage: prior + note}
}

/** Wraps a hook's `work` so that the registry `kind` step runs after it, failing open. */
export function withRegistry(kind: RegistryStep, work: HookWork): HookWork {
  return async (context) => {
    const result = await work(context)
    try {
      await step(kind, context)
      return result
    } catch (error) {
      const note =
        `baton: the session registry could not be updated (${(error as Error).message}); ` +
        '`baton status` may miss this session.'
      if (result && typeof result === 'object' && 'after' in result && typeof result.after === 'function') {
        return {...result, output: withNote(result.output as HookOutput, note)}
      }
      return withNote(result as HookOutput, note)
    }
  }
}
