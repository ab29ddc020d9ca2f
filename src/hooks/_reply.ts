/**
 * Stop's save of a handoff written in the reply (design.md §7.7): the notes
 * between the markers in the assistant's last message (`last_assistant_message`),
 * or, when that holds none, in its earlier messages of the turn (read from the
 * end of the transcript), are saved once, and the person is told where.
 */
import type {HookContext} from './_context.ts'
import type {HookOutput} from './_run.ts'
import {lastTurnReplies, mayHoldNote} from '../core/reply-note.ts'
import {readTranscript} from '../io/session/transcripts.ts'
import {claudeHome, handoffDir} from '../io/paths.ts'

/** How much of the transcript's end is read for the turn's earlier replies. */
const TURN_TAIL = 1024 * 1024

/** The assistant's own texts of this turn that may hold a note (none: nothing to read further). */
function replies(context: HookContext): string[] {
  const last = context.input.last_assistant_message
  if (typeof last === 'string' && mayHoldNote(last)) return [last]
  const {text} = readTranscript(context.transcript, 0, {partial: true, maxBytes: TURN_TAIL})
  return mayHoldNote(text) ? lastTurnReplies(text).filter(mayHoldNote) : []
}

/** Saves the notes of this turn's replies; what to tell the person, if anything. */
export async function saveFromReply(context: HookContext): Promise<string | undefined> {
  const texts = replies(context)
  if (texts.length === 0) return undefined
  try {
    const {saveReplyNotes} = await import('../io/handoff/reply-note.ts')
    const saved = await saveReplyNotes({
      replies: texts,
      dir: handoffDir(context.env),
      cwd: context.cwd,
      now: context.now(),
      session: context.session,
      home: claudeHome(context.env),
      redact: context.config.redact,
      identity: context.config
    })
    return (
      saved
        .map(({path, warnings, redacted}) => {
          const count = Object.values(redacted).reduce((a, b) => a + b, 0)
          const notes = [...warnings, ...(count > 0 ? [`${count} credential(s) redacted`] : [])]
          return `baton: saved the handoff from this reply to ${path}${notes.length ? ` (${notes.join('; ')})` : ''}.`
        })
        .join('\n') || undefined
    )
  } catch (error) {
    const hint = 'copy it from the reply into `baton handoff write`'
    return `baton: could not save the handoff in this reply (${(error as Error).message}); ${hint}.`
  }
}

/** `output` with `message` added to its systemMessage. */
export function withMessage(output: HookOutput, message: string | undefined): HookOutput {
  if (!message) return output
  const before = typeof output?.systemMessage === 'string' ? `${output.systemMessage}\n` : ''
  return {...output, systemMessage: before + message}
}
