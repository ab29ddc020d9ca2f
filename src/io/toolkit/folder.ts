/** Listing a folder where a missing or unreadable one simply holds nothing. */
import {readdirSync} from 'node:fs'

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
