/**
 * Which handoffs each session received (design.md §6): one small append-only
 * file per session, `$CLAUDE_HOME/baton/received/<session id>`, one consumed
 * file name a line, written when a resume delivers its notes. It is a hint, never
 * the truth: readers keep only the names whose consumed copy still says
 * `consumed.by` that session (a note put back, or lost to another machine,
 * drops out). It spares `/baton:handoff-resume`, `handoff write` (`parents:`)
 * and the SessionEnd autosave from opening every consumed handoff to find a
 * session's few. Retention deletes a session's file with its last note.
 */
import {appendFileSync, mkdirSync} from 'node:fs'
import {basename, join} from 'node:path'
import {handoffText} from './store.ts'
import {pruneOlder} from '../toolkit/folder.ts'

/** The folder of the logs (`home` is `$CLAUDE_HOME`). */
const receivedFolder = (home: string): string => join(home, 'baton', 'received')

/** A session id as a file name: the characters hook input keeps (see `sessionOf`), or none. */
export const sessionFileName = (session: string): string | undefined =>
  /^[A-Za-z0-9_-]{1,200}$/.test(session) ? session : undefined

/**
 * Records that `session` received the consumed files `paths`. Best effort: a
 * failure costs only this hint (readers then find nothing for the session).
 */
export function logReceived(home: string, session: string, paths: readonly string[]): void {
  const name = sessionFileName(session)
  if (name === undefined || paths.length === 0) return
  try {
    mkdirSync(receivedFolder(home), {recursive: true, mode: 0o700})
    appendFileSync(join(receivedFolder(home), name), paths.map((p) => `${basename(p)}\n`).join(''), {mode: 0o600})
  } catch {
    // A read-only or full folder: the notes were delivered all the same.
  }
}

/**
 * The consumed file names logged for `session`, each once, in the order
 * received (names only: the log is shared by every handoff directory, and a
 * reader looks each name up in its own).
 */
export function loggedReceived(home: string, session: string): string[] {
  const name = sessionFileName(session)
  if (name === undefined) return []
  const text = handoffText(join(receivedFolder(home), name)) // a regular file, never through a link
  if (text === undefined) return []
  // Only plain names: a line naming another folder is not Baton's.
  const names = text.split('\n').filter((n) => n !== '' && n === basename(n) && n.endsWith('.md'))
  return [...new Set(names)]
}

/** Deletes the logs not written to for `days` days (a session's log outlives no note it names). */
export function pruneReceived(home: string, days: number, now: Date): void {
  pruneOlder(receivedFolder(home), days, now)
}
