/**
 * Notes deleted from a handoff directory that is a git working copy (git
 * sync), read back from the repository's history (design.md §15): `git log
 * --diff-filter=D` finds them, one `git cat-file --batch` reads them. The
 * system `git` runs with hooks, fsmonitor, external diffs, text conversion and
 * signature checks off, and a clean git environment: what the repository
 * holds is data, and nothing in it runs.
 */
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import {noteKey} from '../../core/lineage.ts'
import {parseName} from '../../core/names.ts'
import {MAX_UNTRUSTED} from '../toolkit/untrusted.ts'
import {SAFE_GIT} from './sync/git.ts'

/** A note as it was before a commit deleted it. */
export interface DeletedNote {
  /** its file name */
  name: string
  /** its path in the repository */
  path: string
  /** the commit that deleted it */
  commit: string
  /** when that commit was made (ISO) */
  deletedAt: string
  /** its text (bytes decoded as UTF-8) */
  raw: string
}

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v
  return {...env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat'}
}

function git(dir: string, args: string[], input?: string): Buffer | undefined {
  const r = spawnSync('git', [...SAFE_GIT, '-C', dir, ...args], {
    env: gitEnv(),
    input,
    timeout: 20_000,
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'ignore']
  })
  return r.status === 0 && Buffer.isBuffer(r.stdout) ? r.stdout : undefined
}

/** Whether `dir` is a git working copy of its own (a `.git` inside it). */
export function isSyncRepo(dir: string): boolean {
  return existsSync(join(dir, '.git'))
}

/** `(commit, path)` of every handoff file a commit deleted, newest first; each note once. */
function deletions(dir: string): {commit: string; date: string; path: string}[] {
  const out = git(dir, [
    'log',
    '--no-renames',
    '--no-ext-diff',
    '--no-textconv',
    '--diff-filter=D',
    '--name-only',
    '-z',
    '--format=%x01%H%x02%cI'
  ])
  if (!out) return []
  const found: {commit: string; date: string; path: string}[] = []
  const seen = new Set<string>()
  let commit = ''
  let date = ''
  for (const token of out.toString('utf8').split('\0')) {
    const t = token.replace(/^\n/, '')
    if (t.startsWith('\x01')) {
      ;[commit = '', date = ''] = t.slice(1).split('\x02')
      continue
    }
    const name = t.slice(t.lastIndexOf('/') + 1)
    const key = noteKey(name)
    if (commit === '' || key === undefined || t.includes('\n') || seen.has(key) || !parseName(name)) continue
    seen.add(key)
    found.push({commit, date, path: t})
  }
  return found
}

/**
 * The handoff notes that commits deleted from the repository at `dir`, as
 * they were before (newest deletion first, one per note). Empty when `dir` is
 * not a repository or git fails. A note over 8 MiB is left out.
 */
export function deletedNotes(dir: string): DeletedNote[] {
  if (!isSyncRepo(dir)) return []
  const list = deletions(dir)
  if (list.length === 0) return []
  const out = git(dir, ['cat-file', '--batch'], list.map((d) => `${d.commit}^:${d.path}\n`).join(''))
  if (!out) return []
  const notes: DeletedNote[] = []
  let at = 0
  for (const d of list) {
    const eol = out.indexOf(0x0a, at)
    if (eol === -1) break
    const header = out.subarray(at, eol).toString('utf8').split(' ')
    at = eol + 1
    if (header[1] !== 'blob') continue // missing, or not a file
    const size = Number(header[2])
    if (!Number.isInteger(size) || size < 0) break
    const bytes = out.subarray(at, at + size)
    at += size + 1
    if (size > MAX_UNTRUSTED) continue
    const name = d.path.slice(d.path.lastIndexOf('/') + 1)
    notes.push({name, path: d.path, commit: d.commit, deletedAt: d.date, raw: bytes.toString('utf8')})
  }
  return notes
}
