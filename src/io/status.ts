/**
 * Gathers the `baton status` board from disk: the registry (pruning stale
 * entries), the handoff directory, and every `$CLAUDE_HOME/projects/*\/memory/MEMORY.md`.
 */
import {readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {hasCode} from '../core/errors.ts'
import {buildStatus, RECENT_MS, type HandoffFact, type StatusFacts, type StatusReport} from '../core/status.ts'
import {encodeProjectPath} from '../core/memory/encode.ts'
import {handoffProject} from '../core/handoff-meta.ts'
import {checkMemoryFile} from './memory/check.ts'
import {MEMORY_FILE} from './memory/path.ts'
import {handoffText, listHandoffs} from './handoff/store.ts'
import {parseDoc} from './handoff/docs.ts'
import {pruneRegistry, scanRegistry} from './session/registry.ts'
import {addressedTo, senderOf, type Reader, type Sent} from '../core/address.ts'
import {readerOf} from './handoff/identity.ts'

/** Options of {@link gatherStatus}. */
export interface GatherOptions {
  /** `$CLAUDE_HOME` */
  home: string
  /** the registry folder */
  sessions: string
  /** the handoff directory */
  handoffs: string
  now: Date
  /** remove stale registry entries (default true) */
  prune?: boolean
  /** told about each handoff that could not be read and was left out */
  onSkip?: (warning: string) => void
  /** the `me` setting (design.md §14, "People") */
  me?: string
}

async function handoffFacts(
  dir: string,
  now: Date,
  onSkip: (warning: string) => void,
  reader: Readonly<Reader>
): Promise<HandoffFact[]> {
  const {pending, consumed} = listHandoffs(dir)
  const facts: HandoffFact[] = []
  for (const e of [...pending, ...consumed]) {
    if (e.consumed) {
      // The consumed copy is written at consumption, so an older mtime cannot be recent.
      try {
        if (now.getTime() - statSync(e.path).mtimeMs > RECENT_MS + 60_000) continue
      } catch {
        continue
      }
    }
    const raw = handoffText(e.path, onSkip)
    if (raw === undefined) continue
    const {meta} = await parseDoc(raw)
    const from = senderOf(meta)
    facts.push({
      ...(from ? {from} : {}),
      ...(e.consumed ? {} : {forMe: addressedTo(meta, reader)}),
      name: e.name,
      // By repository, as sessions and auto memory are: a worktree's notes count under its main checkout.
      project: (typeof meta.repo === 'string' && meta.repo) || (handoffProject(meta) ?? ''),
      created: typeof meta.created === 'string' ? meta.created : '',
      consumed: e.consumed,
      ...(meta.consumed?.at ? {consumedAt: String(meta.consumed.at)} : {}),
      ...(meta.consumed?.by !== undefined ? {consumedBy: String(meta.consumed.by)} : {})
    })
  }
  return facts
}

async function memoryFacts(home: string): Promise<StatusFacts['memory']> {
  const root = join(home, 'projects')
  let folders: string[]
  try {
    folders = readdirSync(root)
  } catch (error) {
    if (hasCode(error, 'ENOENT', 'ENOTDIR')) return []
    throw error
  }
  const checks = await Promise.all(folders.map((f) => checkMemoryFile(join(root, f, 'memory', MEMORY_FILE))))
  return folders.flatMap((folder, i) => {
    const {exists, check, file} = checks[i]!
    if (!exists || !check) return []
    return [
      {
        folder,
        file,
        lines: check.lines,
        chars: check.chars,
        maxLines: check.maxLines,
        maxChars: check.maxChars,
        fits: check.fits
      }
    ]
  })
}

/** My notes to others, as the last sync saw the remote (no network: the board is read from disk). */
async function people(options: Readonly<GatherOptions>, me: string): Promise<{me: string; sent: Sent[]}> {
  const {sentNotes} = await import('./handoff/sync/receipts.ts')
  try {
    return {me, sent: (await sentNotes(options.handoffs, options.home, me, 5000, {fetch: false})).notes}
  } catch (error) {
    options.onSkip?.(`could not read your notes on the remote: ${(error as Error).message}`)
    return {me, sent: []}
  }
}

/** Reads everything the board shows and assembles it (see `buildStatus`). */
export async function gatherStatus(options: Readonly<GatherOptions>): Promise<StatusReport> {
  const scan = scanRegistry(options.sessions, options.now)
  if (options.prune ?? true) pruneRegistry(scan)
  const reader = readerOf(options.handoffs, {me: options.me ?? ''})
  return buildStatus({
    now: options.now,
    sessions: scan.records
      .filter((e) => e.stale === undefined)
      .map((e) => ({entry: e.entry, lastSeenMs: e.lastSeenMs})),
    pruned: scan.records
      .filter((e) => e.stale !== undefined)
      .map((e) => ({session: e.entry.session, reason: e.stale!})),
    handoffDir: options.handoffs,
    handoffs: await handoffFacts(options.handoffs, options.now, options.onSkip ?? (() => {}), reader),
    ...(reader.synced && reader.me ? {people: await people(options, reader.me)} : {}),
    memory: await memoryFacts(options.home),
    encode: encodeProjectPath
  })
}
