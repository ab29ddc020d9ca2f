/**
 * PreToolUse on Write and Edit (design.md §7): the shared-file guard. The `if`
 * conditions in hooks.json let Claude Code start it only for paths that look
 * like shared files (design.md §7.3); those it cannot tell apart (a project's
 * own `.claude/settings.json`) read stdin, compare a path prefix and print
 * `{}`. Only a covered shared file loads the claim logic (`_guard.ts`).
 */
import {realpathSync} from 'node:fs'
import {relative, resolve, sep} from 'node:path'
import {runHook} from './_run.ts'
import type {HookContext} from './_context.ts'
import {claudeHome} from '../io/paths.ts'
import {canonicalFile} from '../io/toolkit/canonical.ts'
import {guardedKind} from '../core/guard.ts'

/**
 * The file the tool call in `context` edits when the guard covers it, else `undefined`. A path
 * is covered when it lies under `$CLAUDE_HOME` as written, or once symlinks
 * are resolved (a link elsewhere to a shared file, a symlinked folder, or a
 * symlinked `$CLAUDE_HOME`); a file that does not exist yet is resolved
 * through its parent.
 */
function covered(context: HookContext): string | undefined {
  const raw = context.input.tool_input?.file_path
  if (typeof raw !== 'string' || raw === '') return undefined
  const target = resolve(context.cwd, raw)
  const home = claudeHome(context.env)
  const under = (root: string, path: string): string | undefined =>
    path.startsWith(root + sep) && guardedKind(relative(root, path).split(sep).join('/')) ? path : undefined
  const found = under(home, target)
  if (found !== undefined) return found
  let realHome: string
  try {
    realHome = realpathSync(home)
  } catch {
    return undefined // no $CLAUDE_HOME: nothing to guard
  }
  const real = canonicalFile(target)
  return under(realHome, real) ?? under(home, real)
}

// No top-level await: this entry is built as CommonJS (see scripts/build.mjs).
void runHook('PreToolUse', async (context) => {
  const target = covered(context)
  return target === undefined ? undefined : (await import('./_guard.ts')).guard(context, target)
})
