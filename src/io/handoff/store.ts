/** The handoff directory: creating it, listing it, reading one handoff. */
import {mkdirSync, readdirSync, accessSync, constants, existsSync, lstatSync} from 'node:fs'
import {join} from 'node:path'
import {hasCode} from '../../core/errors.ts'
import {CLAIM_PREFIX, candidateName, doneName, parseClaimName, parseName, type ParsedName} from '../../core/names.ts'
import {publishExclusive} from '../toolkit/publish.ts'
import {fileError} from '../toolkit/errors.ts'
import {namesIn} from '../toolkit/folder.ts'
import {readIfExists} from '../toolkit/untrusted.ts'

/** One handoff file on disk. */
export interface HandoffFile extends ParsedName {
  name: string
  path: string
}

/** Where a user may point Baton instead of an unusable handoff directory. */
const ELSEWHERE = {elsewhere: 'BATON_HANDOFF_DIR / --dir'}

/**
 * Publishes a new pending handoff as `<stamp>_<slug>.md` (or `-2`, `-3`, …),
 * never clobbering a file and never taking a name whose `_done` copy exists
 * (that handoff was consumed already; see `publishExclusive`) or that a claimer
 * or a sync holds (renamed away): that note goes back under its own name, which
 * the remote may know it by (design.md §14), so a name is never taken from it.
 *
 * @returns the path written
 */
export function publishHandoff(dir: string, stamp: string, slug: string, content: string | Buffer): string {
  let held: Set<string> | undefined
  return publishExclusive(dir, (n) => candidateName(stamp, slug, n), content, {
    taken: (name) => existsSync(join(dir, doneName(name))) || (held ??= heldNames(dir)).has(name)
  })
}

/** The pending names of the notes held (renamed away) in `dir` by a claimer, a sweeper or a sync. */
function heldNames(dir: string): Set<string> {
  const held = new Set<string>()
  for (const name of namesIn(dir)) {
    const pending = name.startsWith(CLAIM_PREFIX) ? parseClaimName(name)?.pendingName : undefined
    if (pending) held.add(pending)
  }
  return held
}

/** Creates the handoff directory (mode 0700) if needed and checks it is writable. */
export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, {recursive: true, mode: 0o700})
    accessSync(dir, constants.W_OK)
  } catch (error) {
    throw fileError(error, 'write to the handoff directory', dir, ELSEWHERE)
  }
}

/**
 * Lists handoff files in `dir`: regular files with handoff names only.
 * Symlinks and directories named `*.md` are skipped, never followed.
 * A missing directory lists as empty. `litter` counts Baton's temp and hold files.
 */
export function listHandoffs(
  dir: string,
  options: {pendingOnly?: boolean} = {}
): {pending: HandoffFile[]; consumed: HandoffFile[]; litter: number} {
  const pending: HandoffFile[] = []
  const consumed: HandoffFile[] = []
  let litter = 0
  let names: string[]
  try {
    // Names only: thousands of consumed handoffs make Dirent objects add up.
    names = readdirSync(dir)
  } catch (error) {
    if (hasCode(error, 'ENOENT', 'ENOTDIR')) return {pending, consumed, litter}
    throw fileError(error, 'read the handoff directory', dir)
  }
  for (const name of names) {
    // Cheap checks first: a directory may hold thousands of consumed handoffs.
    if (name.startsWith('.baton-')) litter++
    if (!name.endsWith('.md')) continue
    // Past the stamp and its `_` (18 characters) a pending name holds no `_` (a slug has none), so
    // `_done` there is a consumed name's suffix; a slug may itself start with `done` (`…_done-parser.md`).
    // With thousands of consumed handoffs, skipping them before the name pattern is most of the listing.
    if (options.pendingOnly && name.indexOf('_done', 18) !== -1) continue
    const parsed = parseName(name)
    if (!parsed || (options.pendingOnly && parsed.consumed)) continue
    const path = join(dir, name)
    if (!isRegularFile(path)) continue // symlinks and directories named *.md are skipped, never followed
    const entry = {...parsed, name, path}
    ;(parsed.consumed ? consumed : pending).push(entry)
  }
  const byName = (a: HandoffFile, b: HandoffFile): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  return {pending: pending.sort(byName), consumed: consumed.sort(byName), litter}
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * One handoff's text, read as untrusted data (see `readIfExists`):
 * `undefined` when it vanished (claimed meanwhile) or cannot be read; then
 * `onSkip` gets the warning naming the file and what to do. One bad file never
 * hides the others.
 */
export function handoffText(path: string, onSkip: (warning: string) => void = () => {}): string | undefined {
  try {
    return readIfExists(path, 'untrusted')?.bytes.toString('utf8')
  } catch (error) {
    onSkip(skippedWarning(error, path))
    return undefined
  }
}

/**
 * The warning for a handoff that could not be read and was skipped: names the
 * file, says why, and what to do. The other handoffs are still delivered.
 */
export function skippedWarning(error: unknown, path: string): string {
  const e = fileError(error, 'read', path)
  return (
    `baton: skipped a handoff: ${e.message}${e.hint ? `; ${e.hint}` : ''}. ` +
    'It stays where it is; the other handoffs are not affected.'
  )
}
