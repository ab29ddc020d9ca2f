/**
 * Resume output (design.md §6): handoffs fenced as data, oldest first, within a
 * character budget that holds for any number of notes. What does not fit whole
 * is listed by path while paths fit; the rest is counted, never dropped: the
 * caller leaves it pending.
 */
import {neutraliseFence} from './fence.ts'
import {attr, frame, size, type RenderOptions} from './resume-frame.ts'

export type {RenderOptions} from './resume-frame.ts'

/** One handoff to show. */
export interface ResumeItem {
  file: string
  body: string
  created?: string | undefined
  branch?: string | undefined
  commit?: string | undefined
  session?: string | undefined
  auto?: boolean | undefined
  /** commits between the recorded commit and HEAD, when known */
  commitsSince?: number | undefined
  /** shown read-only (a project's docs/SESSION-HANDOFF.md), never claimed */
  readOnly?: boolean | undefined
  /** a warning about this file, e.g. unreadable frontmatter */
  warning?: string | undefined
  /** the project the note names (shown when it is not the output's project) */
  project?: string | undefined
  /**
   * when this session received the note earlier (its `consumed.at`): shown
   * again, marked `already-received`, never claimed or put back here
   */
  received?: string | undefined
  /** the notes its session had received (file names): this note continues them */
  parents?: readonly string[] | undefined
}

/** Whether an item is claimed by the run that renders it (not read-only, not received earlier). */
export const claimedHere = (item: Readonly<ResumeItem>): boolean => item.readOnly !== true && !item.received

/** The rendered output and what was left out of it. */
export interface ResumeRender {
  text: string
  /**
   * `text` cut where each note's share of it ends, in order: a note (shown, or
   * listed by path) has reached the reader once its part has been written.
   */
  parts: {text: string; items: ResumeItem[]}[]
  shown: ResumeItem[]
  /** listed by path: over the budget */
  omitted: ResumeItem[]
  /** neither shown nor listed: no room left even for their paths */
  unlisted: ResumeItem[]
  /** handoffs still pending, not in the output (the caller's `stillPending` plus unlisted ones) */
  stillPending: number
}

/**
 * Neutralises fence tags inside handoff text, lookalikes included,
 * so a note cannot end its own fence (see `neutraliseFence`).
 */
export function escapeBody(body: string): string {
  return neutraliseFence(body)
}

/** Human staleness label for `commitsSince`. */
function staleLabel(commitsSince: number | undefined): string | undefined {
  if (commitsSince === undefined || commitsSince === 0) return undefined
  return `${commitsSince} commit${commitsSince === 1 ? '' : 's'} since`
}

function renderItem(item: ResumeItem, project: string): string {
  const attrs: [string, string | undefined][] = [
    ['file', item.file],
    ['project', item.project === project ? undefined : item.project],
    ['already-received', item.received],
    ['created', item.created],
    ['branch', item.branch],
    ['commit', item.commit],
    ['session', item.session],
    ['stale', staleLabel(item.commitsSince)],
    ['auto', item.auto ? 'true' : undefined],
    ['continues', item.parents?.join(' ')],
    ['read-only', item.readOnly ? 'true' : undefined],
    ['warning', item.warning]
  ]
  const head = attrs
    .filter((a): a is [string, string] => a[1] !== undefined && a[1] !== '')
    .map(([k, v]) => ` ${k}="${attr(v)}"`)
    .join('')
  return `<handoff${head}>\n${escapeBody(item.body).replace(/\s*$/, '')}\n</handoff>\n`
}

/**
 * Renders the fenced resume output within `maxChars`, whatever the number of
 * items: oldest first, as many whole notes as fit are shown, the next ones are
 * listed by path as far as their paths fit, and the rest are `unlisted` (the
 * caller must leave them pending). The bound holds for any budget larger than
 * the frame (about 600 characters); below that nothing is shown or listed.
 *
 * @param items handoffs in display order (oldest first)
 */
export function renderResume(items: readonly ResumeItem[], options: Readonly<RenderOptions>): ResumeRender {
  const maxChars = options.maxChars ?? 40_000
  if (!Number.isInteger(maxChars) || maxChars < 0) throw new TypeError('Expected `maxChars` to be a whole number >= 0')
  const before = options.stillPending ?? 0
  const any = items.length + before > 0
  const blocks = items.map((item) => renderItem(item, options.project))
  const line = (item: ResumeItem): string => `- ${item.file}\n`
  let shown = items.length
  let listed = 0
  const all = blocks.reduce((n, b) => n + b.length, 0)
  const received = items.filter((i) => i.received).length
  const plain = {shown, omitted: 0, more: 0, received, receivedMore: 0, any}
  if (before > 0 || all + size(frame(options, maxChars, plain)) > maxChars) {
    // Reserve the largest frame these items can need (every count at its
    // maximum), then fill the rest in order: whole notes, then paths.
    const most = items.length + before
    const largest = {shown: most, omitted: most, more: most, received, receivedMore: received, any}
    let room = maxChars - size(frame(options, maxChars, largest))
    shown = 0
    while (shown < items.length && blocks[shown]!.length <= room) room -= blocks[shown++]!.length
    while (shown + listed < items.length && line(items[shown + listed]!).length <= room)
      room -= line(items[shown + listed++]!).length
  }
  const unlisted = items.slice(shown + listed)
  const more = before + unlisted.filter(claimedHere).length
  const receivedMore = unlisted.filter((i) => i.received).length
  const f = frame(options, maxChars, {
    shown,
    omitted: listed,
    more,
    received: received - receivedMore,
    receivedMore,
    any
  })
  const omitted = items.slice(shown, shown + listed)
  const parts: ResumeRender['parts'] = [
    {text: f.head, items: []},
    ...items.slice(0, shown).map((item, i) => ({text: blocks[i]!, items: [item]})),
    ...(listed > 0
      ? [
          {text: f.open, items: []},
          ...omitted.map((item) => ({text: line(item), items: [item]})),
          {text: f.close, items: []}
        ]
      : []),
    {text: f.tail, items: []}
  ]
  return {
    text: parts.map((p) => p.text).join(''),
    parts,
    shown: items.slice(0, shown),
    omitted,
    unlisted,
    stillPending: more
  }
}
