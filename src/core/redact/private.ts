/** `<private>…</private>` spans: text the user marked to keep out of every saved note. */
import type {Finding} from './apply.ts'

/**
 * The `<private>…</private>` spans of `text`, tags included (any case). An
 * opening tag without a closing one hides the rest of the text: an unclosed
 * span fails closed.
 */
export function privateSpans(text: string): Finding[] {
  const found: Finding[] = []
  const open = /<private>/gi
  let m: RegExpExecArray | null
  while ((m = open.exec(text)) !== null) {
    const close = /<\/private>/gi
    close.lastIndex = m.index + m[0].length
    const end = close.exec(text)
    const stop = end ? end.index + end[0].length : text.length
    found.push({start: m.index, end: stop, kind: 'private'})
    open.lastIndex = stop
  }
  return found
}
