/**
 * The file names of the handoffs a session received (design.md §15), for the
 * `parents:` of the note it writes. The rule is that of `received.ts` (a
 * consumed copy whose `consumed.by` is the session), found the way search
 * finds a word: one `readdir` with types, the system grep on a folder of 500
 * files or more, and a byte test before anything is parsed. `handoff write`
 * and the SessionEnd autosave run it, so thousands of consumed notes cost
 * tens of milliseconds, not a second.
 */
import {parseDoc} from './docs.ts'
import {grepNames, handoffNames, Scanner} from './search-scan.ts'

/** From this many files on, grep narrows them first (as search does). */
const GREP_FROM = 500

/** The names of the consumed handoffs in `dir` that `session` claimed, oldest first (by name). */
export async function receivedNames(dir: string, session: string): Promise<string[]> {
  if (session === '') return []
  const consumed = handoffNames(dir).filter((f) => f.consumed)
  const word = session.toLowerCase()
  const narrowed = consumed.length >= GREP_FROM ? grepNames(dir, word) : undefined
  const scanner = new Scanner([word])
  const names: string[] = []
  for (const f of narrowed ? consumed.filter((c) => narrowed.has(c.name)) : consumed) {
    const scan = scanner.scan(f.path)
    if (scan.kind !== 'text') continue // lacks the id, or unreadable: not delivered whole anyway
    const doc = await parseDoc(scan.text)
    if (doc.error === undefined && doc.meta.consumed?.by === session) names.push(f.name)
  }
  return names.sort()
}
