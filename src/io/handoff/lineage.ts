/**
 * Which handoffs a session received (design.md §13): those whose consumed
 * copy says `consumed.by: <session>`. The claim writes that record in the
 * same step that makes the `_done` file, and a claim undone (the note put
 * back) removes the file, so the consumed copies are the one record of what
 * a session was given, whether SessionStart or `handoff resume` claimed it.
 */
import {parseDoc} from './docs.ts'
import {listHandoffs} from './store.ts'
import {readUntrusted} from '../toolkit/untrusted.ts'

/** How much of a consumed note is read to find its front matter. */
const HEAD = 64 * 1024

/**
 * The file names of the consumed handoffs in `dir` that `session` claimed,
 * oldest first. Reads only the head of each file, and parses only those that
 * name the session. An unreadable file is skipped (it was not delivered whole anyway).
 */
export async function receivedBy(dir: string, session: string): Promise<string[]> {
  if (session === '') return []
  const needle = Buffer.from(session, 'utf8')
  const names: string[] = []
  for (const entry of listHandoffs(dir).consumed) {
    let bytes: Buffer | undefined
    try {
      bytes = readUntrusted(entry.path, {maxBytes: HEAD, over: 'head'})?.bytes
    } catch {
      continue
    }
    if (!bytes || bytes.indexOf(needle) === -1) continue
    const doc = await parseDoc(bytes.toString('utf8'))
    if (doc.error === undefined && doc.meta.consumed?.by === session) names.push(entry.name)
  }
  return names
}
