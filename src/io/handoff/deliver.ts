/**
 * The one delivery transaction of a resume (design.md §6). `resumeHandoffs`
 * plans, claims and renders; here the parts go out in order, a note counting
 * as delivered once its part has been handed over whole; then the claims of
 * what was delivered are committed (logged as received, holds dropped) and the
 * rest are put back as pending at once. SessionStart (at start and after a
 * compaction), `baton handoff resume` and /baton:handoff-resume all end here,
 * so the exactly-once guarantee lives in one place.
 */
import type {ResumeItem} from '../../core/resume.ts'
import type {ResumeResult} from './resume.ts'

/** A piece of output and the notes that reach the reader with it. */
export interface DeliveryPart {
  text: string
  items: readonly ResumeItem[]
}

/** What a delivery did. */
export interface Delivered {
  /** notes claimed by this resume */
  total: number
  /** of those, delivered */
  sent: number
  /** not delivered: given back */
  back: number
  /** of `back`, pending again at once (the rest are restored by the next sweep) */
  now: number
}

/**
 * Sends `parts` in order with `send` (false, or a throw: not handed over
 * whole), then commits what was delivered and puts back the rest.
 */
export async function deliverResume(
  result: Pick<ResumeResult, 'claimedHere' | 'putBack' | 'release'>,
  parts: readonly DeliveryPart[],
  send: (text: string) => Promise<boolean> | boolean
): Promise<Delivered> {
  const mine = (p: DeliveryPart): ResumeItem[] => p.items.filter(result.claimedHere)
  const total = parts.reduce((n, p) => n + mine(p).length, 0)
  let sent = 0
  let i = 0
  try {
    for (; i < parts.length; i++) {
      if (!(await send(parts[i]!.text))) break
      sent += mine(parts[i]!).length
    }
  } catch {
    // A write that threw delivered its part no more than one that failed.
  }
  // The reader went away: the rest goes back as pending now rather than at a later sweep.
  const back = parts.slice(i).flatMap(mine)
  const now = back.length > 0 ? result.putBack(back) : 0
  // Holds are dropped only once the output has left: a process killed before leaves them to the sweeper.
  result.release()
  return {total, sent, back: back.length, now}
}
