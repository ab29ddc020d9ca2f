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
 * The consumed handoffs in `dir` that `session` claimed, oldest first, each
 * marked with when it was received. None for an empty session id (notes
 * claimed by an unknown session are nobody's). A file that cannot be read is
 * left out: it was delivered already, and `handoff list --consumed` shows it.
 *
 * @param stale commits since a note's commit, when known
 */
export async function receivedBy(
  dir: string,
  home: string,
  session: string,
  stale: (meta: HandoffMeta) => number | undefined = () => undefined
): Promise<ResumeItem[]> {
  if (session === '') return []
  const items: (ResumeItem & {time: number})[] = []
  // Only the notes the session's log names (received-log.ts), each checked against its consumed copy.
  for (const name of loggedReceived(home, session)) {
    const file = {path: join(dir, name)}
    const raw = handoffText(file.path)
    if (raw === undefined || !raw.includes(session)) continue
    const doc = await parseDoc(raw)
    const consumed = doc.meta.consumed
    if (consumed?.by !== session) continue
    const fields = itemFields(doc.meta)
    items.push({
      ...fields,
      file: file.path,
      body: doc.body,
      commitsSince: stale(doc.meta),
      warning: doc.error,
      received: consumed.at || 'earlier',
      time: Date.parse(fields.created ?? '') || 0
    })
  }
  items.sort((a, b) => a.time - b.time || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return items.map(({time: _, ...item}) => item)
}
