/** Reads a session's transcript into activity facts; an unreadable transcript is empty activity. */
import {statSync} from 'node:fs'
import {readActivity, type SessionActivity, type WaitingEdit} from '../core/transcript.ts'
import {readTranscript} from '../io/session/transcripts.ts'

/**
 * The activity in `path` (its last few MiB: see `readTranscript`), or an
 * empty record when it cannot be read. Never blocks on a FIFO or device.
 */
export function activityOf(path: string | undefined): SessionActivity {
  return readActivity(readTranscript(path, 0, {partial: true}).text)
}

/**
 * The activity in the part of `path` after byte `from`, up to its last whole
 * line, and the offset to start from next time. Stop runs after every turn, and
 * a long session's transcript runs to tens of megabytes, so it reads only what
 * is new (and of that, only the end). `waiting`: the edits the previous read
 * left waiting for their result (a result line written after that read).
 */
export function activitySince(
  path: string | undefined,
  from: number,
  waiting: readonly WaitingEdit[] = []
): {activity: SessionActivity; next: number} {
  const {text, next} = readTranscript(path, from)
  return {activity: readActivity(text, waiting), next}
}

/**
 * The transcript's last change in ms (`now` when unknown): the latest time a
 * transcript that records no times was worked on.
 */
export function transcriptTime(path: string | undefined, now: number): number {
  try {
    return path ? statSync(path).mtimeMs : now
  } catch {
    return now
  }
}
