/**
 * What SessionStart has already told this machine's person about receipts
 * (design.md §14, "People"): `$CLAUDE_HOME/baton/receipts-told.json`, the
 * claimed notes looked at. Its mtime against the remote-tracking ref's says,
 * without running git, whether anything was fetched since it last looked.
 */
import {readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {token} from '../../toolkit/lazy.ts'

/** The record's path. */
const toldFile = (home: string): string => join(home, 'baton', 'receipts-told.json')

const mtime = (path: string): number | undefined => {
  try {
    return statSync(path).mtimeMs
  } catch {
    return undefined
  }
}

/**
 * Whether a fetch may have brought new claims since the last look: the
 * remote-tracking ref (loose, else packed) changed since. No ref: nothing
 * was ever fetched from a remote with a commit, so there is no claim to tell.
 */
export function receiptsDue(dir: string, home: string): boolean {
  const ref = mtime(join(dir, '.git', 'refs', 'remotes', 'origin', 'main')) ?? mtime(join(dir, '.git', 'packed-refs'))
  if (ref === undefined) return false
  const told = mtime(toldFile(home))
  return told === undefined || ref >= told
}

/** The claimed notes already looked at. */
export function readTold(home: string): Set<string> {
  try {
    const names = JSON.parse(readFileSync(toldFile(home), 'utf8')) as unknown
    return new Set(Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [])
  } catch {
    return new Set()
  }
}

/** Records the claimed notes looked at (atomically; also marks the time of this look). */
export function writeTold(home: string, names: readonly string[]): void {
  const temp = `${toldFile(home)}.${process.pid}.${token()}`
  writeFileSync(temp, `${JSON.stringify(names)}\n`, {mode: 0o600})
  renameSync(temp, toldFile(home))
}
