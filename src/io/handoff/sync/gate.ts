/**
 * The resume's gate for synced notes (design.md §14): of the notes a resumer
 * won locally, a synced one is delivered only once its claim is on the
 * remote; one that another machine consumed first is dropped from the output;
 * one the remote could not confirm is put back as pending, with one line why.
 */
import {basename} from 'node:path'
import {parseName} from '../../../core/names.ts'
import type {ResumeItem} from '../../../core/resume.ts'
import type {Claimed} from '../claim.ts'
import {arbitrate} from './arbitrate.ts'

/** Options of {@link gateSynced}. */
export interface GateOptions {
  dir: string
  home: string
  session: string
  now: Date
  budgetMs: number
  /** who claims (recorded in the claim, for the writer's receipts) */
  me?: string | undefined
}

/**
 * Filters `held` (items this process claimed locally) through the remote.
 * @returns the items to deliver, and how many went back to pending
 */
export async function gateSynced(
  held: readonly [ResumeItem, Claimed][],
  options: GateOptions,
  warnings: string[]
): Promise<{held: [ResumeItem, Claimed][]; later: number}> {
  const nameOf = (claim: Claimed): string => parseName(basename(claim.path))?.pendingName ?? basename(claim.path)
  const bytes = new Map(held.map(([, claim]) => [nameOf(claim), claim.bytes]))
  const {fates, winners, reason} = await arbitrate([...bytes.keys()], {...options, bytes})
  const keep: [ResumeItem, Claimed][] = []
  let later = 0
  let lost = 0
  for (const pair of held) {
    const name = nameOf(pair[1])
    const fate = fates.get(name)
    if (fate === 'lost') {
      // Consumed elsewhere: the local copy stays consumed, not shown, and says by whom (as sync's retire
      // does), so that this session never lists it as received nor records it as a parent.
      try {
        await pair[1].reassign(`machine:${winners.get(name) ?? 'unknown'}`)
      } catch (error) {
        warnings.push(`baton: could not mark ${pair[1].path} as consumed elsewhere: ${(error as Error).message}`)
      }
      pair[1].release()
      lost++
    } else if (fate === 'later') {
      pair[1].putBack()
      later++
    } else keep.push(pair)
  }
  if (later > 0)
    warnings.push(
      `baton: ${later} synced handoff(s) stay pending: ${reason ?? 'the remote did not confirm the claim'}; ` +
        'they will be delivered once the remote answers (`baton sync status`).'
    )
  if (lost > 0) warnings.push(`baton: ${lost} synced handoff(s) were consumed on another machine first.`)
  return {held: keep, later}
}
