/**
 * Where a project's auto memory lives (design.md §2), as Claude Code decides:
 * `CLAUDE_COWORK_MEMORY_PATH_OVERRIDE`, else the `autoMemoryDirectory` setting
 * (managed settings, then the project's `.claude/settings.local.json` and
 * `.claude/settings.json`, then `$CLAUDE_HOME/settings.json`), else
 * `$CLAUDE_HOME/projects/<encoded project root>/memory/`. The project root is
 * found as Claude Code finds it: the git root, the main repository's root for
 * a linked worktree, the cwd outside git.
 */
import {homedir} from 'node:os'
import {join} from 'node:path'
import {encodeProjectPath} from '../../core/memory/encode.ts'
import {memoryDirSetting} from '../../core/memory/directory.ts'
import {claudeHome} from '../paths.ts'
import {projectRoot} from '../toolkit/git.ts'
import {readIfExists} from '../toolkit/untrusted.ts'
import {namesIn} from '../toolkit/folder.ts'

type Env = Readonly<Record<string, string | undefined>>

/** Name of the index file in a memory folder. */
export const MEMORY_FILE = 'MEMORY.md'

/** Claude Code's managed settings folder on this platform. */
const MANAGED =
  process.platform === 'darwin'
    ? '/Library/Application Support/ClaudeCode'
    : process.platform === 'win32'
      ? 'C:\\Program Files\\ClaudeCode'
      : '/etc/claude-code'

/** `autoMemoryDirectory` of one settings file (a file Baton did not write: read as data), if it sets one. */
function settingIn(file: string): unknown {
  try {
    const text = readIfExists(file, 'user')?.bytes.toString('utf8')
    if (text === undefined) return undefined
    const value = (JSON.parse(text) as {autoMemoryDirectory?: unknown} | null)?.autoMemoryDirectory
    return value ?? undefined
  } catch {
    return undefined // unreadable or not JSON: Claude Code skips it too
  }
}

/** The managed (policy) value: `managed-settings.json`, then its `managed-settings.d/*.json` drop-ins in order. */
function managedSetting(dir: string): unknown {
  let value = settingIn(join(dir, 'managed-settings.json'))
  const drop = join(dir, 'managed-settings.d')
  for (const name of namesIn(drop)
    .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
    .sort()) {
    value = settingIn(join(drop, name)) ?? value
  }
  return value
}

/**
 * The folder `autoMemoryDirectory` (or `CLAUDE_COWORK_MEMORY_PATH_OVERRIDE`)
 * moves the memory of a session started in `cwd` to, or `undefined`. A value
 * Claude Code would ignore (relative, `~/..`, too short) is ignored.
 *
 * @param [managedDir] where managed settings live (tests point it elsewhere)
 */
export function memoryDirOverride(cwd: string, env: Env = process.env, managedDir = MANAGED): string | undefined {
  const home = env.HOME || homedir()
  const cowork = memoryDirSetting(env.CLAUDE_COWORK_MEMORY_PATH_OVERRIDE, home, false)
  if (cowork !== undefined) return cowork
  const value =
    managedSetting(managedDir) ??
    settingIn(join(cwd, '.claude', 'settings.local.json')) ??
    settingIn(join(cwd, '.claude', 'settings.json')) ??
    settingIn(join(claudeHome(env), 'settings.json'))
  return memoryDirSetting(value, home, true)
}

/** The memory folder of the project at `cwd`. */
export function memoryDir(cwd: string, env: Env = process.env): string {
  return memoryDirOverride(cwd, env) ?? join(claudeHome(env), 'projects', encodeProjectPath(projectRoot(cwd)), 'memory')
}

/** The `MEMORY.md` of the project at `cwd`. */
export function memoryFile(cwd: string, env: Env = process.env): string {
  return join(memoryDir(cwd, env), MEMORY_FILE)
}
