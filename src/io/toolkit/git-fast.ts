/**
 * Root, branch and HEAD read straight from the `.git` directory: no `git`
 * process, which matters in hooks (a spawn costs several milliseconds). Handles
 * plain repositories, worktrees (`.git` file) and packed refs; returns
 * `undefined` for anything unusual (reftable, odd HEAD), so callers fall back to
 * the `git` binary.
 */
import {readFileSync, realpathSync, statSync} from 'node:fs'
import {basename, dirname, isAbsolute, join, resolve} from 'node:path'

/** Where a session stands. Outside git, `root` is the cwd and the rest is empty. */
export interface GitState {
  /** the git root (worktree top level), or the cwd outside git */
  root: string
  inRepo: boolean
  /** the main repository's root for a linked worktree (set by the spawn-free reader only) */
  mainRoot?: string
  /** the repository's common git directory, shared by its worktrees (set by the spawn-free reader only) */
  commonDir?: string
  branch: string
  commit: string
}

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/** Finds the worktree top level and its git directory by walking up from `cwd`; `null` when there is none. */
function locate(cwd: string): {root: string; gitDir: string} | null | undefined {
  let dir = resolve(cwd)
  for (;;) {
    const dotGit = join(dir, '.git')
    let st
    try {
      st = statSync(dotGit)
    } catch {
      st = undefined
    }
    if (st?.isDirectory()) return {root: dir, gitDir: dotGit}
    if (st?.isFile()) {
      const m = /^gitdir: (.+)$/m.exec(read(dotGit) ?? '')
      if (!m) return undefined
      const gitDir = isAbsolute(m[1]!) ? m[1]! : resolve(dir, m[1]!)
      return {root: dir, gitDir}
    }
    const up = dirname(dir)
    if (up === dir) return null
    dir = up
  }
}

function resolveRef(gitDir: string, commonDir: string, ref: string): string | undefined {
  for (const base of [gitDir, commonDir]) {
    const loose = read(join(base, ref))?.trim()
    if (loose !== undefined) return /^[0-9a-f]{40,64}$/.test(loose) ? loose : undefined
  }
  const packed = read(join(commonDir, 'packed-refs')) ?? ''
  for (const line of packed.split('\n')) {
    const [sha, name] = line.split(' ')
    if (name === ref && sha && /^[0-9a-f]{40,64}$/.test(sha)) return sha
  }
  return '' // unborn branch
}

/** Git state without spawning git, or `undefined` when the layout needs the real thing. */
export function gitStateFast(cwd: string): GitState | undefined {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE) return undefined
  const found = locate(cwd)
  if (found === null) return {root: cwd, inRepo: false, branch: '', commit: ''}
  if (!found) return undefined
  const {gitDir} = found
  if (read(join(gitDir, 'refs', 'heads')) !== undefined) return undefined // refs/heads as a file: reftable stub
  const commonRel = read(join(gitDir, 'commondir'))?.trim()
  const commonDir = commonRel ? resolve(gitDir, commonRel) : gitDir
  if (read(join(commonDir, 'reftable', 'tables.list')) !== undefined) return undefined
  const head = read(join(gitDir, 'HEAD'))?.trim()
  if (!head) return undefined
  let root: string
  try {
    root = realpathSync(found.root)
  } catch {
    return undefined
  }
  let mainRoot = root
  if (commonRel) {
    // A linked worktree: auto memory is keyed by the main repository's root.
    try {
      mainRoot = realpathSync(basename(commonDir) === '.git' ? dirname(commonDir) : commonDir)
    } catch {
      return undefined
    }
  }
  if (/^[0-9a-f]{40,64}$/.test(head)) return {root, mainRoot, commonDir, inRepo: true, branch: '', commit: head}
  const m = /^ref: (refs\/heads\/.+)$/.exec(head)
  if (!m) return undefined
  const commit = resolveRef(gitDir, commonDir, m[1]!)
  if (commit === undefined) return undefined
  return {root, mainRoot, commonDir, inRepo: true, branch: m[1]!.slice('refs/heads/'.length), commit}
}

/**
 * The `origin` remote's URL read from the repository's config file (no `git`
 * process): `undefined` when there is none, `null` when the layout needs the real thing.
 */
export function originUrlFast(cwd: string): string | undefined | null {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE || process.env.GIT_CONFIG_GLOBAL) return null
  const found = locate(cwd)
  if (found === null) return undefined
  if (!found) return null
  const commonRel = read(join(found.gitDir, 'commondir'))?.trim()
  const config = read(join(commonRel ? resolve(found.gitDir, commonRel) : found.gitDir, 'config'))
  if (config === undefined) return null
  if (/^\s*\[include/im.test(config)) return null // includes: let git read it
  let inOrigin = false
  for (const line of config.split('\n')) {
    const section = /^\s*\[\s*([^\]]*?)\s*\]/.exec(line)
    if (section) inOrigin = /^remote\s+"origin"$/i.test(section[1]!)
    const url = inOrigin ? /^\s*url\s*=\s*(.*?)\s*$/i.exec(line) : null
    if (url) return url[1]!.replace(/^"(.*)"$/, '$1')
  }
  return undefined
}
