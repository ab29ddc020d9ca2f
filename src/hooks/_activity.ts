/** Reads a session's transcript into activity facts; an unreadable transcript is empty activity. */
import {closeSync, fstatSync, openSync, readFileSync, readSync} from 'node:fs'
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

/**
 * The activity in the part of `path` after byte `from`, up to its last whole
 * line, and the offset to start from next time. Stop runs after every turn, and
 * a long session's transcript runs to tens of megabytes, so it reads only what
 * is new.
 */
export function activitySince(path: string | undefined, from: number): {activity: SessionActivity; next: number} {
  const none = {activity: readActivity(''), next: from}
  if (!path) return none
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return none
  }
  try {
    const size = fstatSync(fd).size
    const start = size < from ? 0 : from // a replaced (shorter) transcript: read it all again
    const buf = Buffer.alloc(size - start)
    let got = 0
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, start + got)
      if (n === 0) break
      got += n
    }
    const end = buf.lastIndexOf(10, got - 1) + 1 // after the last newline
    return {activity: readActivity(buf.subarray(0, end).toString('utf8')), next: start + end}
  } finally {
    closeSync(fd)
  }
}
