/**
 * Where a project's auto memory lives (DESIGN §2):
 * `$CLAUDE_HOME/projects/<encoded project root>/memory/MEMORY.md`. The project
 * root is found as Claude Code finds it: the git root, the main repository's
 * root for a linked worktree, the cwd outside git.
 */
import {spawnSync} from './lazy.ts'
import {basename, dirname, join, resolve} from 'node:path'
import {encodeProjectPath} from '../core/memory/encode.ts'
import {claudeHome} from './paths.ts'
import {gitStateFast} from './git-fast.ts'

type Env = Readonly<Record<string, string | undefined>>

/** Name of the index file in a memory folder. */
export const MEMORY_FILE = 'MEMORY.md'

/**
 * The project root Claude Code keys auto memory by: for a linked worktree the
 * main repository's root (the folder holding the common `.git`), for any other
 * repository its top level, and `cwd` itself outside git.
 */
export function projectRoot(cwd: string): string {
  const fast = gitStateFast(cwd)
  if (fast) return fast.inRepo && fast.mainRoot ? fast.mainRoot : resolve(cwd)
  const r = spawnSync('git', ['rev-parse', '--path-format=absolute', '--show-toplevel', '--git-dir', '--git-common-dir'], {
    cwd, encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore']
  })
  if (r.status !== 0) return resolve(cwd)
  const [top = '', gitDir = '', common = ''] = r.stdout.trim().split('\n')
  if (top === '') return resolve(cwd)
  const worktree = gitDir !== common && resolve(dirname(gitDir)) === join(common, 'worktrees')
  if (!worktree) return top
  return basename(common) === '.git' ? dirname(common) : common
}

/** The memory folder of the project at `cwd`. */
export function memoryDir(cwd: string, env: Env = process.env): string {
  return join(claudeHome(env), 'projects', encodeProjectPath(projectRoot(cwd)), 'memory')
}

/** The `MEMORY.md` of the project at `cwd`. */
export function memoryFile(cwd: string, env: Env = process.env): string {
  return join(memoryDir(cwd, env), MEMORY_FILE)
}
