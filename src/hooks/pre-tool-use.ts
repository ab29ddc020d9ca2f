/**
 * PreToolUse on Write, Edit and MultiEdit (issue 5): the shared-file guard.
 * It runs before every edit, so the common case (a file outside
 * `$CLAUDE_HOME`) reads stdin, compares a path prefix and prints `{}`; only a
 * covered shared file loads the claim logic (`_guard.ts`).
 */
import {realpathSync} from 'node:fs'
import {relative, resolve, sep} from 'node:path'
import {runHook, type HookInput} from './_run.ts'
import {claudeHome} from '../io/paths.ts'
import {guardedKind} from '../core/guard.ts'

/** The file `input` edits when the guard covers it, else `undefined`. */
function covered(input: HookInput): string | undefined {
  const raw = input.tool_input?.file_path
  if (typeof raw !== 'string' || raw === '') return undefined
  const target = resolve(input.cwd || process.cwd(), raw)
  const home = claudeHome()
  const under = (root: string): string | undefined =>
    target.startsWith(root + sep) && guardedKind(relative(root, target).split(sep).join('/')) ? target : undefined
  let found = under(home)
  if (found === undefined) {
    try {
      const real = realpathSync(home)
      if (real !== home) found = under(real)
    } catch {
      // no $CLAUDE_HOME: nothing to guard
    }
  }
  return found
}

// No top-level await: this entry is built as CommonJS (see scripts/build.mjs).
void runHook('PreToolUse', async (input) => {
  const target = covered(input)
  return target === undefined ? undefined : (await import('./_guard.ts')).guard(input, target)
})
