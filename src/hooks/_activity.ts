/** Reads a session's transcript into activity facts; an unreadable transcript is empty activity. */
import {readFileSync} from 'node:fs'
import {readActivity, type SessionActivity} from '../core/transcript.ts'

/** The activity in `path`, or an empty record when it cannot be read. */
export function activityOf(path: string | undefined): SessionActivity {
  if (!path) return readActivity('')
  try {
    return readActivity(readFileSync(path, 'utf8'))
  } catch {
    return readActivity('')
  }
}
