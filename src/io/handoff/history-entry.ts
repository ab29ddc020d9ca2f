/**
 * What retention records about each note it deletes (design.md §15): the
 * facts of its front matter, the first line of its summary and its section
 * headings (found with remark, loaded only when something is deleted).
 */
import {basename} from 'node:path'
import type {HandoffDoc} from '../../core/frontmatter.ts'
import {firstLine, historyEntry, type HistoryEntry} from '../../core/history.ts'
import {appendHistory} from './history.ts'

/** The history line of one note. */
export async function entryFor(name: string, doc: Readonly<HandoffDoc>, now: Date): Promise<HistoryEntry> {
  const {sectionSpans, summaryText} = await import('../../core/sections.ts')
  // A huge note (hostile, or a binary pasted in): remark reads its first 64 KB at most (sections.ts).
  const body = doc.body.slice(0, 256 * 1024)
  const spans = sectionSpans(body)
  return historyEntry(basename(name), doc.meta, {
    summary: firstLine(summaryText(body, spans)),
    sections: spans.map((s) => s.title),
    deleted: now
  })
}

/**
 * Appends the history lines of `notes` (one locked, fsynced append) before
 * they are deleted.
 *
 * @throws BatonError when the index cannot be written
 */
export async function recordDeleted(
  home: string,
  notes: readonly {name: string; doc: Readonly<HandoffDoc>}[],
  now: Date
): Promise<void> {
  const entries: HistoryEntry[] = []
  for (const n of notes) entries.push(await entryFor(n.name, n.doc, now))
  await appendHistory(home, entries)
}
