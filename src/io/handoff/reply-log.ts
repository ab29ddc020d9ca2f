/**
 * Which handoffs written in a reply a session saved (design.md §7.7): one
 * small append-only file per session, `$CLAUDE_HOME/baton/reply-notes/<session id>`,
 * one SHA-256 of a saved note's text a line. The same note seen again (a Stop
 * that fires again after a block, the reply read from the transcript too) is
 * then not saved twice. Retention deletes a log with the notes of its age.
 */
import {createHash} from 'node:crypto'
import {appendFileSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {pruneOlder} from '../toolkit/folder.ts'
import {handoffText} from './store.ts'
import {sessionFileName} from './received-log.ts'

const logFolder = (home: string): string => join(home, 'baton', 'reply-notes')

/** A note's fingerprint: the SHA-256 of its text, in hex. */
export const fingerprint = (body: string): string => createHash('sha256').update(body).digest('hex')

/** The fingerprints logged for `session` (none for a session id that is not a file name). */
export function loggedNotes(home: string, session: string): Set<string> {
  const name = sessionFileName(session)
  const text = name === undefined ? undefined : handoffText(join(logFolder(home), name)) // a regular file only
  return new Set((text ?? '').split('\n').filter((line) => /^[0-9a-f]{64}$/.test(line)))
}

/** Logs a saved note. Best effort: a log that cannot be written costs only a duplicate if the note comes again. */
export function logNote(home: string, session: string, print: string): void {
  const name = sessionFileName(session)
  if (name === undefined) return
  try {
    mkdirSync(logFolder(home), {recursive: true, mode: 0o700})
    appendFileSync(join(logFolder(home), name), `${print}\n`, {mode: 0o600})
  } catch {
    // A read-only or full folder: the note is saved all the same.
  }
}

/** Deletes the logs not written to for `days` days. */
export function pruneReplyLogs(home: string, days: number, now: Date): void {
  pruneOlder(logFolder(home), days, now)
}
