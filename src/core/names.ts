/**
 * Handoff file names (design.md §3): `YYYY-MM-DD_HHMMSS_<slug>[-N].md`, consumed as
 * `<same stem>_done.md`. Pure: the clock is passed in.
 */

import {HOLDER_TAG, holderFromMatch, holderTag, type HolderId} from './liveness.ts'

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** Local-time stamp `YYYY-MM-DD_HHMMSS` for `date`. */
export function formatStamp(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}_` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  )
}

/** The local time a stamp stands for, in ms since the epoch. */
export function stampTime(stamp: string): number {
  const [y, mo, d, h, mi, s] = [0, 5, 8, 11, 13, 15].map((at, i) => Number(stamp.slice(at, at + (i === 0 ? 4 : 2))))
  return new Date(y!, mo! - 1, d, h, mi, s).getTime()
}

/**
 * The handoff names (pending or consumed) among `names` that may have been
 * created at or after `since` (ms), as their stamps say. A stamp is cut to the
 * second, so one from the second before `since` may qualify. Stamps are
 * compared as text (they sort by time), so thousands of names cost no date math.
 */
export function stampedSince(names: readonly string[], since: number): string[] {
  const min = formatStamp(new Date(Math.ceil((since - 1000) / 1000) * 1000)) // the first second that may qualify
  return names.filter((name) => name.slice(0, min.length) >= min && parseName(name) !== undefined)
}

/**
 * The `attempt`-th candidate name for a new handoff: attempt 1 is the plain
 * name, attempt 2 adds `-2`, and so on.
 */
export function candidateName(stamp: string, slug: string, attempt: number): string {
  return attempt <= 1 ? `${stamp}_${slug}.md` : `${stamp}_${slug}-${attempt}.md`
}

/**
 * Name of the consumed copy of `pendingName`. `attempt` > 1 only when that
 * name is taken by an unrelated consumed handoff (`_done-2.md`, …).
 */
export function doneName(pendingName: string, attempt = 1): string {
  const stem = pendingName.slice(0, -'.md'.length)
  return attempt <= 1 ? `${stem}_done.md` : `${stem}_done-${attempt}.md`
}

/** What a handoff file name says about itself. */
export interface ParsedName {
  /** `YYYY-MM-DD_HHMMSS` */
  stamp: string
  /** slug including any `-N` collision suffix */
  slug: string
  /** true for `_done.md` names */
  consumed: boolean
  /** the pending name this file had (equal to the name for a pending file) */
  pendingName: string
}

const NAME = /^(\d{4}-\d{2}-\d{2}_\d{6})_([a-z0-9][a-z0-9-]*)(_done(?:-\d+)?)?\.md$/

/** Parses a handoff file name, or returns `undefined` for anything else. */
export function parseName(name: string): ParsedName | undefined {
  const m = NAME.exec(name)
  if (!m) return undefined
  const [, stamp, slug, done] = m as unknown as [string, string, string, string | undefined]
  return {stamp, slug, consumed: done !== undefined, pendingName: `${stamp}_${slug}.md`}
}

/** Prefix of temp files written before an atomic publish. */
export const TEMP_PREFIX = '.baton-tmp-'
/** Prefix of files held by a claim in progress. */
export const CLAIM_PREFIX = '.baton-claim-'

/** A host name reduced to what a file name can carry. */
export function hostTag(host: string): string {
  return (
    host
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 24) || 'host'
  )
}

/** Name under which a claimer holds `pendingName` until it has delivered it. */
export function claimName(pendingName: string, holder: Readonly<HolderId>, token: string): string {
  return `${CLAIM_PREFIX}${holderTag(holder)}-${token}-${pendingName}`
}

/**
 * Token of a hold that a sweeper has already cleaned up (the dead claimer's
 * `_done` copy is gone) and is putting back as pending: `r.` before the token.
 */
export const RESTORING = 'r.'

const CLAIM = new RegExp(`^\\.baton-claim-${HOLDER_TAG}-(r\\.)?[a-z0-9]+-(.+\\.md)$`)
const OLD_CLAIM = /^\.baton-claim-([a-z0-9]+)-(\d+)-[a-z0-9]+-(.+\.md)$/

/**
 * The holder and pending name inside a claim name, or `undefined`. Names
 * written before holders carried start time, namespace and boot
 * (`.baton-claim-<host>-<pid>-<token>-<pending>`) parse with those unknown.
 * `restoring` is true for a sweeper's hold past its clean-up (see {@link RESTORING}).
 */
export function parseClaimName(name: string): {holder: HolderId; pendingName: string; restoring: boolean} | undefined {
  const m = CLAIM.exec(name)
  if (m) return {holder: holderFromMatch(m, 1), pendingName: m[7] as string, restoring: m[6] !== undefined}
  const old = OLD_CLAIM.exec(name)
  const holder = old ? {host: old[1] as string, pid: Number(old[2]), start: 0, ns: '', boot: ''} : undefined
  return old && holder ? {holder, pendingName: old[3] as string, restoring: false} : undefined
}

/** Name of a temp file written by `holder` (see {@link TEMP_PREFIX}). */
export function tempName(holder: Readonly<HolderId>, token: string): string {
  return `${TEMP_PREFIX}${holderTag(holder)}-${token}.tmp`
}

/**
 * Name of a temp file that `holder` will rename onto the file whose tag is
 * `tag` (a hash of its path, see locked-update.ts): a temp name whose token
 * starts with the tag, so that the next holder of that file's lock can find it.
 */
export function commitTempName(holder: Readonly<HolderId>, tag: string, token: string): string {
  return tempName(holder, `${tag}x${token}`)
}

/** Whether `name` is a {@link commitTempName} for the file tagged `tag`. */
export function isCommitTempOf(name: string, tag: string): boolean {
  return name.startsWith(TEMP_PREFIX) && name.endsWith('.tmp') && name.includes(`-${tag}x`)
}

const TEMP = new RegExp(`^\\.baton-tmp-${HOLDER_TAG}-`)

/**
 * The holder that wrote a temp file, or `undefined` for an older name (`.baton-tmp-<pid>-<token>.tmp`),
 * which only age can judge.
 */
export function parseTempName(name: string): HolderId | undefined {
  const m = TEMP.exec(name)
  return m ? holderFromMatch(m, 1) : undefined
}

/** Suffix of the legacy file while one process imports it: `context-handoff.md.importing-<holder>-<token>`. */
export function importingName(holder: Readonly<HolderId>, token: string): string {
  return `importing-${holderTag(holder)}-${token}`
}

const IMPORTING = new RegExp(`^importing-(?:${HOLDER_TAG}-[a-z0-9]+|(\\d+))$`)

/**
 * The holder inside an {@link importingName} suffix; for the older
 * `importing-<pid>` form a holder with only the pid known; `undefined` for anything else.
 */
export function parseImportingName(suffix: string): HolderId | undefined {
  const m = IMPORTING.exec(suffix)
  if (!m) return undefined
  return m[6] === undefined ? holderFromMatch(m, 1) : {host: '', pid: Number(m[6]), start: 0, ns: '', boot: ''}
}
