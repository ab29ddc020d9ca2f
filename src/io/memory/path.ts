/**
 * Where a project's auto memory lives (design.md §2):
 * `$CLAUDE_HOME/projects/<encoded project root>/memory/MEMORY.md`. The project
 * root is found as Claude Code finds it: the git root, the main repository's
 * root for a linked worktree, the cwd outside git.
 */
import {join} from 'node:path'
import {encodeProjectPath} from '../../core/memory/encode.ts'
import {claudeHome} from '../paths.ts'
import {projectRoot} from '../toolkit/git.ts'

type Env = Readonly<Record<string, string | undefined>>

/** Name of the index file in a memory folder. */
export const MEMORY_FILE = 'MEMORY.md'

/** The memory folder of the project at `cwd`. */
export function memoryDir(cwd: string, env: Env = process.env): string {
  return join(claudeHome(env), 'projects', encodeProjectPath(projectRoot(cwd)), 'memory')
}

/** The `MEMORY.md` of the project at `cwd`. */
export function memoryFile(cwd: string, env: Env = process.env): string {
  return join(memoryDir(cwd, env), MEMORY_FILE)
}
