/**
 * The notes a session has already received (design.md §6): consumed handoffs
 * whose `consumed.by` names it. `/baton:handoff-resume` shows them again,
 * marked, so that a session that got its notes at start does not report
 * "no handoffs pending".
 */
import {join} from 'node:path'
import {handoffText} from './store.ts'
import {loggedReceived} from './received-log.ts'
import {parseDoc} from './docs.ts'
import {itemFields} from '../../core/handoff-meta.ts'
import type {HandoffMeta} from '../../core/frontmatter.ts'
import type {ResumeItem} from '../../core/resume.ts'

/**
 * The session's notes as its log names them (received-log.ts), each read and
 * kept only while its consumed copy says `consumed.by` this session. None for
 * an empty session id (notes claimed by an unknown session are nobody's).
 */
async function* receivedDocs(dir: string, home: string, session: string) {
  if (session === '') return
  for (const name of loggedReceived(home, session)) {
    const path = join(dir, name)
    const raw = handoffText(path)
    if (raw === undefined || !raw.includes(session)) continue // gone, unreadable, or not this session's
    const doc = await parseDoc(raw)
    const consumed = doc.meta.consumed
    if (consumed?.by === session) yield {name, path, doc, at: consumed.at}
  }
}

/**
 * The consumed handoffs in `dir` that `session` claimed, oldest first, each
 * marked with when it was received. A file that cannot be read is left out:
 * it was delivered already, and `handoff list --consumed` shows it.
 *
 * @param stale commits since a note's commit, when known
 */
export async function receivedBy(
  dir: string,
  home: string,
  session: string,
  stale: (meta: HandoffMeta) => number | undefined = () => undefined
): Promise<ResumeItem[]> {
  const items: (ResumeItem & {time: number})[] = []
  for await (const {path, doc, at} of receivedDocs(dir, home, session)) {
    const fields = itemFields(doc.meta)
    items.push({
      ...fields,
      file: path,
      body: doc.body,
      commitsSince: stale(doc.meta),
      warning: doc.error,
      received: at || 'earlier',
      time: Date.parse(fields.created ?? '') || 0
    })
  }
  items.sort((a, b) => a.time - b.time || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return items.map(({time: _, ...item}) => item)
}

/**
 * The file names of the handoffs `session` received, sorted, for the
 * `parents:` of the note it writes (design.md §15); `home`: `$CLAUDE_HOME`.
 * Only the session's own few notes are opened, however many are consumed.
 */
export async function receivedNames(dir: string, home: string, session: string): Promise<string[]> {
  const names: string[] = []
  for await (const {name, doc} of receivedDocs(dir, home, session)) if (doc.error === undefined) names.push(name)
  return names.sort()
}
