/**
 * Saving the handoffs written in a reply (design.md §7.7): each note between
 * the markers (core/reply-note.ts) is written as `baton handoff write` writes
 * one (front matter, redaction, lineage, naming), and only once per session
 * (reply-log.ts).
 */
import {notesInReply} from '../../core/reply-note.ts'
import {fingerprint, logNote, loggedNotes} from './reply-log.ts'
import {writeHandoff, type WriteOptions, type WriteResult} from './write.ts'

/** Options of {@link saveReplyNotes}: those of a write, but the text is the replies. */
export interface ReplySaveOptions extends Omit<WriteOptions, 'text' | 'slug' | 'auto' | 'home' | 'to'> {
  /** the assistant's own text, one reply (or text block) each */
  replies: readonly string[]
  /** `$CLAUDE_HOME`: the log of saved notes and the session's received notes (`parents:`) */
  home: string
}

/**
 * Saves each note in `replies` that the session did not save before, in
 * order, and returns what each write did. Throws as `writeHandoff` does (a
 * folder that cannot be written); the notes saved until then stay logged.
 */
export async function saveReplyNotes(options: ReplySaveOptions): Promise<WriteResult[]> {
  const {replies, ...write} = options
  const session = options.session ?? ''
  const seen = loggedNotes(options.home, session)
  const saved: WriteResult[] = []
  for (const note of (await Promise.all(replies.map(notesInReply))).flat()) {
    const print = fingerprint(note.body)
    if (seen.has(print)) continue
    saved.push(await writeHandoff({...write, text: note.body, slug: note.slug, to: note.to}))
    seen.add(print)
    logNote(options.home, session, print)
  }
  return saved
}
