/**
 * `baton handoff resume`: pick this project's pending handoffs (plus those that
 * name no project), claim each exactly once, and render them fenced, oldest first.
 */
import {existsSync} from 'node:fs'
import {BatonError} from '../../core/errors.ts'
import {join} from 'node:path'
import {projectHandoff} from './project-doc.ts'
import {claimHandoff, type Claimed} from './claim.ts'
import {logReceived} from './received-log.ts'
import {handoffText, listHandoffs, skippedWarning, type HandoffFile} from './store.ts'
import {checkoutOf, commitsSince, gitState, type GitState} from '../toolkit/git.ts'
import {doneName, stampTime} from '../../core/names.ts'
import {fitsWhole, renderResume, type RenderOptions, type ResumeItem, type ResumeRender} from '../../core/resume.ts'
import type {SectionSpan} from '../../core/sections.ts'
import {handoffProject, itemFields, routeOf, type Checkout} from '../../core/handoff-meta.ts'
import {firstSentence, renderWaiting, takes, type WaitingNote} from '../../core/waiting.ts'
import type {HandoffDoc, HandoffMeta} from '../../core/frontmatter.ts'
import {parseDoc} from './docs.ts'
import {namesIn} from '../toolkit/folder.ts'
import {receivedBy} from './received.ts'
import {addressedTo, type Reader} from '../../core/address.ts'
import {readerOf} from './identity.ts'

/** Options of {@link resumeHandoffs}. */
export interface ResumeOptions {
  dir: string
  /** `$CLAUDE_HOME`, for the legacy `context-handoff.md` */
  home: string
  cwd: string
  now: Date
  /** every project's handoffs, not only this one's */
  all?: boolean
  /** the claiming session's id */
  session?: string
  /** output budget in characters, default 40000 */
  maxChars?: number
  /** look for the legacy files (default true) */
  legacy?: boolean
  /** show the pending notes without claiming, importing or sweeping anything: nothing is renamed */
  peek?: boolean
  /** also show, marked `already-received`, the notes `session` claimed earlier (see `receivedBy`) */
  received?: boolean
  /**
   * also take the notes waiting in other live worktrees of this repository:
   * `all`, or those of one worktree, by its path or branch
   */
  worktree?: string | undefined
  /**
   * show only the notes `session` claimed earlier, each as its gist (after a
   * compaction): nothing is claimed, imported or swept
   */
  again?: boolean
  /** a synced handoff directory: the time allowed to confirm claims with the remote (ms, default 2000; §14) */
  syncTimeoutMs?: number
  /** who reads (design.md §14, "People"); default: asked here, with no `me` setting */
  reader?: Reader
}

/** The rendered output plus what happened. */
export interface ResumeResult extends ResumeRender {
  project: string
  pendingElsewhere: number
  /** notes left pending in other live worktrees of this repository, and the block that tells of them */
  waiting: {notes: WaitingNote[]; text: string}
  imported?: string | undefined
  /** Baton temp or hold files seen in the directory (worth a sweep) */
  litter: number
  /** files skipped because they could not be read, each naming the file and what to do */
  warnings: string[]
  /** whether this run claimed `item` (shown now; not read-only, not received earlier, not peeked) */
  claimedHere: (item: ResumeItem) => boolean
  /** call after the output has been delivered: finishes the claims still held */
  release: () => void
  /**
   * Puts these claimed items back as pending at once (their text did not reach
   * the reader); returns how many went back now (the rest are restored by the
   * next sweep, as a killed claimer's would be).
   */
  putBack: (items: readonly ResumeItem[]) => number
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

/** Orders `x.md` before `x-2.md` before `x-10.md`. */
function byName(a: string, b: string): number {
  const split = (n: string): [string, number] => {
    const m = /-(\d+)\.md$/.exec(n)
    return m ? [n.slice(0, m.index), Number(m[1])] : [n.slice(0, -3), 1]
  }
  const [sa, na] = split(a)
  const [sb, nb] = split(b)
  return sa < sb ? -1 : sa > sb ? 1 : na - nb
}

/** Whether `home` holds the legacy file, or one an importer left while importing it (cheap: no parsing). */
function legacyWaiting(home: string): boolean {
  if (existsSync(join(home, 'context-handoff.md'))) return true
  return namesIn(home).some((n) => n.startsWith('context-handoff.md.importing-'))
}

/** A pending handoff read and parsed, before it is claimed. */
interface Candidate {
  file: HandoffFile
  raw: string
  doc: HandoffDoc
  /** when it was written, ms since the epoch */
  time: number
}

/** Claims and renders pending handoffs. */
export async function resumeHandoffs(options: ResumeOptions): Promise<ResumeResult> {
  const warnings: string[] = []
  const peek = options.peek === true
  const again = options.again === true
  const imported = peek || again ? undefined : await importLegacyNote(options, warnings)
  const git = gitState(options.cwd)
  const listing = again
    ? {pending: [], litter: 0}
    : peek
      ? listHandoffs(options.dir, {pendingOnly: true})
      : await pendingListing(options, warnings)
  const here = options.all ? undefined : checkoutOf(git)
  const taken = options.worktree === undefined ? undefined : worktreeValue(options.worktree)
  const reader = options.reader ?? readerOf(options.dir, {me: ''})
  const {candidates, pendingElsewhere, waiting} = await readCandidates(listing.pending, here, warnings, reader, taken)
  const notes = await waitingNotes(waiting)
  const told = renderWaiting(notes)
  const project = options.all ? '*' : git.root
  // The block about waiting notes comes out of the same budget.
  const maxChars = Math.max((options.maxChars ?? 40_000) - told.length, 0)
  const render: RenderOptions = {project, pendingElsewhere, maxChars, peek, gistOnly: again}
  const items: ResumeItem[] = []
  const legacyDoc = again ? undefined : projectHandoff(git.root)
  if (legacyDoc?.warning) warnings.push(legacyDoc.warning)
  else if (legacyDoc) items.push({file: legacyDoc.path, body: legacyDoc.text, readOnly: true})
  const stale = staleness(git)
  // Read before claiming, so that only notes of earlier claims are marked received.
  const received =
    options.received || again ? await receivedBy(options.dir, options.home, options.session ?? '', stale) : []
  const take = peek ? 0 : await roomFor(items, candidates, options.dir, render)
  const held = new Map<ResumeItem, Claimed>()
  const claimed = await claimCandidates(candidates.slice(0, take), options, stale, warnings)
  if (claimed.held.length > 0 && existsSync(join(options.dir, '.git', 'baton-sync.json'))) {
    // A synced directory: the remote decides which of these are ours (design.md §14).
    const {gateSynced} = await import('./sync/gate.ts')
    const gate = {...options, session: options.session ?? '', budgetMs: options.syncTimeoutMs ?? 2000, me: reader.me}
    const {held: kept, later} = await gateSynced(claimed.held, gate, warnings)
    claimed.held = kept
    claimed.failed += later
  }
  for (const [item, claim] of claimed.held) {
    held.set(item, claim)
    items.push(item)
  }
  // Peek shows the pending notes where they are; received notes get the room new ones leave.
  if (peek) items.push(...candidates.map((c) => candidateItem(c, c.file.path, stale(c.doc.meta))))
  items.push(...received)
  const putBack = (back: readonly ResumeItem[]): number => {
    let n = 0
    for (const item of back) {
      const claim = held.get(item)
      held.delete(item)
      if (claim?.putBack()) n++
    }
    return n
  }
  const stillPending = peek ? 0 : candidates.length - take + claimed.failed
  const rendered = await fitOrPutBack(items, held, putBack, {...render, stillPending})
  const mine = new Set(held.keys())
  return {
    ...rendered,
    claimedHere: (item) => mine.has(item),
    project,
    pendingElsewhere,
    waiting: {notes, text: told},
    imported,
    litter: listing.litter,
    warnings,
    putBack,
    release: () => {
      logReceived(
        options.home,
        options.session ?? '',
        [...held.values()].map((claim) => claim.path)
      )
      for (const claim of held.values()) claim.release()
      held.clear()
    }
  }
}

/** Imports the legacy `context-handoff.md` when there is one; a file Baton cannot read stays, with a warning. */
async function importLegacyNote(options: ResumeOptions, warnings: string[]): Promise<string | undefined> {
  if (options.legacy === false || !legacyWaiting(options.home)) return undefined
  try {
    // Awaited here, so an ELEGACY refusal lands in this catch.
    return await (await import('./legacy.ts')).importLegacy(options.home, options.dir, options.now)
  } catch (error) {
    // A legacy file that is not data Baton can read stays in place; the rest are still delivered.
    if (!(error instanceof BatonError && error.code === 'ELEGACY')) throw error
    warnings.push(`baton: ${error.message}; ${error.hint}`)
    return undefined
  }
}

/** The pending handoffs, after putting back the claims of processes that died before delivering. */
async function pendingListing(options: ResumeOptions, warnings: string[]): Promise<ReturnType<typeof listHandoffs>> {
  const listing = listHandoffs(options.dir, {pendingOnly: true})
  if (listing.litter === 0) return listing
  const {sweepLitter} = await import('./clean.ts')
  const swept = sweepLitter(options.dir, options.now)
  warnings.push(...swept.warnings)
  return swept.restored.length > 0 ? listHandoffs(options.dir, {pendingOnly: true}) : listing
}

/**
 * Reads and parses the pending handoffs that the checkout `here` takes (every
 * one when `here` is undefined), oldest first (see `routeOf`); those waiting
 * in another live worktree are taken when `worktree` names it (`--worktree`),
 * else returned as `waiting`; the other projects' are counted.
 */
async function readCandidates(
  pending: readonly HandoffFile[],
  here: Readonly<Checkout> | undefined,
  warnings: string[],
  reader: Readonly<Reader>,
  worktree?: string
): Promise<{candidates: Candidate[]; pendingElsewhere: number; waiting: Candidate[]}> {
  const candidates: Candidate[] = []
  const waiting: Candidate[] = []
  let pendingElsewhere = 0
  for (const file of pending) {
    const raw = handoffText(file.path, (warning) => warnings.push(warning))
    if (raw === undefined) continue
    const doc = await parseDoc(raw)
    if (!addressedTo(doc.meta, reader)) continue // another person's: not this reader's to take, nor to count
    const route = here === undefined ? 'here' : routeOf(doc.meta, here)
    if (route === 'elsewhere') {
      pendingElsewhere++
      continue
    }
    const created = Date.parse(str(doc.meta.created) ?? '')
    const candidate = {file, raw, doc, time: Number.isNaN(created) ? stampTime(file.stamp) : created}
    const take = route === 'here' || takes(worktree, handoffProject(doc.meta) ?? '', str(doc.meta.branch) ?? '')
    ;(take ? candidates : waiting).push(candidate)
  }
  // Oldest first; the name breaks ties (and keeps -2, -3 in order).
  const order = (a: Candidate, b: Candidate): number => a.time - b.time || byName(a.file.name, b.file.name)
  candidates.sort(order)
  waiting.sort(order)
  return {candidates, pendingElsewhere, waiting}
}

/** A `--worktree` value as notes record it: `all`, a branch, or an existing folder's real path. */
function worktreeValue(value: string): string {
  return value === 'all' || !existsSync(value) ? value : gitState(value).root
}

/** What a session is told of each note waiting in another worktree (its summary found by remark, loaded then). */
async function waitingNotes(waiting: readonly Candidate[]): Promise<WaitingNote[]> {
  if (waiting.length === 0) return []
  const {summaryText} = await import('../../core/sections.ts')
  return waiting.map(({file, doc}) => ({
    worktree: handoffProject(doc.meta) ?? '',
    branch: str(doc.meta.branch) ?? '',
    file: file.name,
    summary: firstSentence(summaryText(doc.body))
  }))
}

/** How many commits the project moved since a handoff's commit (undefined: not known, or another project). */
function staleness(git: GitState): (meta: HandoffMeta) => number | undefined {
  const since = new Map<string, number | undefined>()
  return (meta) => {
    const commit = str(meta.commit)
    // A note of this checkout, or of another worktree of its repository (the same commits).
    const ours = handoffProject(meta) === git.root || (str(meta.repo) !== undefined && meta.repo === git.mainRoot)
    if (!git.inRepo || commit === undefined || !ours) return undefined
    if (commit === git.commit) return 0
    if (!since.has(commit)) since.set(commit, commitsSince(git.root, commit))
    return since.get(commit)
  }
}

/**
 * `render` with a section finder when `items` do not all fit whole (their
 * gists need the sections): remark, the heaviest import, loads only then.
 * Each body is parsed once, however often it is rendered.
 */
async function withSpans(items: readonly ResumeItem[], render: RenderOptions): Promise<RenderOptions> {
  if (render.spans !== undefined || fitsWhole(items, render)) return render
  const {sectionSpans} = await import('../../core/sections.ts')
  const found = new Map<string, SectionSpan[]>()
  // Kept on `render` (and its copies), so the final render reuses what the plan parsed.
  render.spans = (body) => found.get(body) ?? found.set(body, sectionSpans(body)).get(body)!
  return render
}

/**
 * How many candidates the output has room to show (whole or as their gist),
 * planned from the text read with every estimate on the large side (the
 * longest `_done` name, a stale label): only those are claimed; the rest
 * stays pending for the next resume.
 */
async function roomFor(
  items: readonly ResumeItem[],
  candidates: readonly Candidate[],
  dir: string,
  render: RenderOptions
): Promise<number> {
  const all = [
    ...items,
    ...candidates.map((c) =>
      candidateItem(
        c,
        join(dir, doneName(c.file.name, 99_999)),
        str(c.doc.meta.commit) === undefined ? undefined : 99_999
      )
    )
  ]
  const plan = renderResume(all, await withSpans(all, render))
  return Math.max(plan.shown.length - items.length, 0)
}

/** Claims each candidate exactly once; `failed` counts those left pending by an error. */
async function claimCandidates(
  candidates: readonly Candidate[],
  options: ResumeOptions,
  stale: (meta: HandoffMeta) => number | undefined,
  warnings: string[]
): Promise<{held: [ResumeItem, Claimed][]; failed: number}> {
  const at = options.now.toISOString()
  const held: [ResumeItem, Claimed][] = []
  let failed = 0
  for (const {file, raw, doc: listed} of candidates) {
    let claimed
    try {
      claimed = await claimHandoff(options.dir, file.name, options.session ?? '', at)
    } catch (error) {
      warnings.push(skippedWarning(error, file.path)) // left pending (see claimHandoff)
      failed++
      continue
    }
    if (!claimed) continue // another session claimed it first
    // Pending files are never changed in place, so this is almost always the text read above.
    const doc = claimed.raw === raw ? listed : await parseDoc(claimed.raw)
    const item = candidateItem({doc}, claimed.path, stale(doc.meta))
    held.push([item, claimed])
  }
  return {held, failed}
}

/**
 * Renders `items`; when an estimate fell short (rare: the claimed text
 * changed), a claimed note not shown (listed by path, or not even that) goes
 * back at once: a claimed note is always shown, whole or as its gist.
 */
async function fitOrPutBack(
  items: readonly ResumeItem[],
  held: ReadonlyMap<ResumeItem, Claimed>,
  putBack: (back: readonly ResumeItem[]) => number,
  render: RenderOptions & {stillPending: number}
): Promise<ResumeRender> {
  let stillPending = render.stillPending
  let shown = items
  let rendered = renderResume(shown, await withSpans(shown, render))
  const notShown = (r: ResumeRender): ResumeItem[] => [...r.omitted, ...r.unlisted].filter((i) => held.has(i))
  for (let back = notShown(rendered); back.length > 0; back = notShown(rendered)) {
    putBack(back)
    stillPending += back.length
    // By identity: received notes may follow the claimed ones.
    shown = shown.filter((i) => !back.includes(i))
    rendered = renderResume(shown, await withSpans(shown, {...render, stillPending}))
  }
  return rendered
}

/** The resume item of a candidate's `doc`, shown under `file`. */
function candidateItem({doc}: Pick<Candidate, 'doc'>, file: string, commitsSince: number | undefined): ResumeItem {
  return {...itemFields(doc.meta), file, body: doc.body, commitsSince, warning: doc.error}
}
