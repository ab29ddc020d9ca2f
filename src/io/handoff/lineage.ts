/**
 * The file names of the handoffs a session received (design.md §15), for the
 * `parents:` of the note it writes. The rule is that of `received.ts` (a
 * consumed copy whose `consumed.by` is the session), applied to the names the
 * session's log holds (received-log.ts): `handoff write` and the SessionEnd
 * autosave open only the session's own few notes, however many are consumed.
 */
import {join} from 'node:path'
import {parseDoc} from './docs.ts'
import {loggedReceived} from './received-log.ts'
import {handoffText} from './store.ts'

/** The names of the consumed handoffs in `dir` that `session` claimed, oldest first; `home`: `$CLAUDE_HOME`. */
export async function receivedNames(dir: string, home: string, session: string): Promise<string[]> {
  const names: string[] = []
  for (const name of loggedReceived(home, session)) {
    const raw = handoffText(join(dir, name))
    if (raw === undefined || !raw.includes(session)) continue // gone, unreadable, or not this session's
    const doc = await parseDoc(raw)
    if (doc.error === undefined && doc.meta.consumed?.by === session) names.push(name)
  }
  return names.sort()
}
