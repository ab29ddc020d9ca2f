/**
 * Resume output (design.md §6): handoffs fenced as data, oldest first, within a
 * character budget that holds for any number of notes. A note that does not fit
 * whole is shown as its gist; what has no room for a gist is listed by path
 * while paths fit; the rest is counted, never dropped: the caller leaves it pending.
 */
import {neutraliseFence} from './fence.ts'
import {attr, frame, size, type RenderOptions} from './resume-frame.ts'
import {fairLevel, GIST_FLOOR, gistPieces, gistSpans, gistText, longestPiece, type GistPiece} from './resume-gist.ts'

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
  /** shown whole or as their gist, in order */
  shown: ResumeItem[]
  /** the shown items that are shown as their gist, each with the gist's text */
  gists: Map<ResumeItem, string>
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

/** A note's block: its whole body, or `gist` (marked `gist="true"`). */
function renderItem(item: ResumeItem, project: string, gist?: string): string {
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
    ['warning', item.warning],
    ['gist', gist === undefined ? undefined : 'true']
  ]
  const head = attrs
    .filter((a): a is [string, string] => a[1] !== undefined && a[1] !== '')
    .map(([k, v]) => ` ${k}="${attr(v)}"`)
    .join('')
  return `<handoff${head}>\n${escapeBody(gist ?? item.body).replace(/\s*$/, '')}\n</handoff>\n`
}

/** Where each item goes: `gists[i]`, item i's gist text (undefined: whole), for the first `gists.length` items. */
interface Layout {
  gists: (string | undefined)[]
  /** listed by path, after the shown ones */
  listed: number
}

/** Whether every item fits whole within the budget (then no section is looked for). */
export function fitsWhole(items: readonly ResumeItem[], options: Readonly<RenderOptions>): boolean {
  const maxChars = options.maxChars ?? 40_000
  if (options.gistOnly) return false
  const all = items.reduce((n, item) => n + renderItem(item, options.project).length, 0)
  const received = items.filter((i) => i.received).length
  const more = options.stillPending ?? 0
  const n = {shown: items.length, omitted: 0, more, received, receivedMore: 0, gist: 0, any: items.length + more > 0}
  return all + size(frame(options, maxChars, n)) <= maxChars
}

/**
 * The layout within `room`: oldest first, as many notes as fit at their least
 * (whole, or the gist at {@link GIST_FLOOR} when smaller), then paths while
 * they fit; then whole notes where room allows (new notes before the others,
 * newest first; one too large is skipped), and the gists share what is left.
 */
function layout(
  items: readonly ResumeItem[],
  blocks: readonly string[],
  options: Readonly<RenderOptions>,
  room: number
) {
  const spansOf = options.spans ?? (() => [])
  const pieces: GistPiece[][] = []
  const gistBlock = (i: number, level: number): string =>
    renderItem(
      items[i]!,
      options.project,
      gistText((pieces[i] ??= gistPieces(items[i]!.body, gistSpans(items[i]!.body, spansOf))), level)
    )
  const floors: number[] = []
  const floorOf = (i: number): number => (floors[i] ??= gistBlock(i, GIST_FLOOR).length)
  const least = (i: number): number => (options.gistOnly ? floorOf(i) : Math.min(blocks[i]!.length, floorOf(i)))
  let shown = 0
  while (shown < items.length && least(shown) <= room) room -= least(shown++)
  let listed = 0
  const line = (i: number): number => pathLine(items[i]!).length
  while (shown + listed < items.length && line(shown + listed) <= room) room -= line(shown + listed++)
  const indices = [...Array(shown).keys()]
  const whole = new Set(indices.filter((i) => !options.gistOnly && blocks[i]!.length === least(i)))
  if (!options.gistOnly) {
    const rank = (i: number): number => (claimedHere(items[i]!) ? 0 : 1)
    for (const i of [...indices].sort((a, b) => rank(a) - rank(b) || b - a)) {
      const extra = blocks[i]!.length - least(i)
      if (whole.has(i) || extra > room) continue
      room += least(i) - blocks[i]!.length
      whole.add(i)
    }
  }
  const gisted = indices.filter((i) => !whole.has(i))
  const floor = gisted.reduce((n, i) => n + floorOf(i), 0)
  const cost = (level: number): number => gisted.reduce((n, i) => n + gistBlock(i, level).length, 0)
  const level = fairLevel(GIST_FLOOR, Math.max(0, ...gisted.map((i) => longestPiece(pieces[i]!))), floor + room, cost)
  return {gists: indices.map((i) => (whole.has(i) ? undefined : gistText(pieces[i]!, level))), listed}
}

/** A note's line in the `<omitted>` list. */
const pathLine = (item: ResumeItem): string => `- ${item.file}\n`

/**
 * Renders the fenced resume output within `maxChars`, whatever the number of
 * items. When all fit, all are shown whole, oldest first. Otherwise every
 * shown note gets at least its gist (summary, open work, key decisions, each
 * at least {@link GIST_FLOOR} characters or whole), as many as fit oldest
 * first; the next ones are listed by path as far as their paths fit, and the
 * rest are `unlisted` (the caller must leave them pending). The bound holds
 * for any budget larger than the frame (about 800 characters); below that
 * nothing is shown or listed.
 *
 * @param items handoffs in display order (oldest first)
 */
export function renderResume(items: readonly ResumeItem[], options: Readonly<RenderOptions>): ResumeRender {
  const maxChars = options.maxChars ?? 40_000
  if (!Number.isInteger(maxChars) || maxChars < 0) throw new TypeError('Expected `maxChars` to be a whole number >= 0')
  const before = options.stillPending ?? 0
  const any = items.length + before > 0
  const blocks = items.map((item) => renderItem(item, options.project))
  const received = items.filter((i) => i.received).length
  let plan: Layout = {gists: items.map(() => undefined), listed: 0}
  if (!fitsWhole(items, options)) {
    // Reserve the largest frame these items can need (every count at its
    // maximum), then lay the notes out in the rest.
    const most = items.length + before
    const largest = {shown: most, omitted: most, more: most, received, receivedMore: received, gist: most, any}
    plan = layout(items, blocks, options, maxChars - size(frame(options, maxChars, largest)))
  }
  const shown = plan.gists.length
  const listed = plan.listed
  const unlisted = items.slice(shown + listed)
  const more = before + unlisted.filter(claimedHere).length
  const receivedMore = unlisted.filter((i) => i.received).length
  const gisted = [...plan.gists.keys()].filter((i) => plan.gists[i] !== undefined)
  const f = frame(options, maxChars, {
    shown,
    omitted: listed,
    more,
    received: received - receivedMore,
    receivedMore,
    gist: gisted.length,
    any
  })
  const omitted = items.slice(shown, shown + listed)
  const parts: ResumeRender['parts'] = [
    {text: f.head, items: []},
    ...items.slice(0, shown).map((item, i) => ({
      text: plan.gists[i] === undefined ? blocks[i]! : renderItem(item, options.project, plan.gists[i]),
      items: [item]
    })),
    ...(listed > 0
      ? [
          {text: f.open, items: []},
          ...omitted.map((item) => ({text: pathLine(item), items: [item]})),
          {text: f.close, items: []}
        ]
      : []),
    {text: f.tail, items: []}
  ]
  return {
    text: parts.map((p) => p.text).join(''),
    parts,
    shown: items.slice(0, shown),
    gists: new Map(gisted.map((i) => [items[i]!, plan.gists[i]!])),
    omitted,
    unlisted,
    stillPending: more
  }
}
