/** Listing a folder where a missing or unreadable one simply holds nothing, and pruning one. */
import {readdirSync, rmSync, statSync} from 'node:fs'
import {join} from 'node:path'

/**
 * The names in `dir`, or none when it cannot be listed (missing, not a
 * folder, no permission): for sweeps and look-ups that must never fail on it.
 */
export function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/**
 * Deletes the regular files in `dir` not written to for `days` days (logs
 * kept per session). Best effort: a file gone already, or one it may not
 * judge, is left alone.
 */
export function pruneOlder(dir: string, days: number, now: Date): void {
  for (const name of namesIn(dir)) {
    try {
      const path = join(dir, name)
      const st = statSync(path)
      if (st.isFile() && now.getTime() - st.mtimeMs > days * 86_400_000) rmSync(path, {force: true})
    } catch {
      // gone already, or not ours to judge
    }
  }
}
