/** `baton handoff write`: one new, uniquely named, never-clobbering handoff file. */
import {isUtf8} from 'node:buffer'
import {rmSync} from 'node:fs'
import {hostname} from 'node:os'
import {BatonError} from '../../core/errors.ts'
import {formatStamp} from '../../core/names.ts'
import {slugify} from '../../core/slug.ts'
import {renderHandoff, type HandoffMeta} from '../../core/frontmatter.ts'
import {handoffMeta} from '../../core/handoff-meta.ts'
import {dirtyCount, gitState, projectRemote, projectRoot, type GitState} from '../toolkit/git.ts'
import {ensureDir, handoffText, listHandoffs, publishHandoff} from './store.ts'
import {parseDoc} from './docs.ts'
import {fileError} from '../toolkit/errors.ts'
import {resolveAddress, type Address} from '../../core/address.ts'
import type {Config} from '../../core/config.ts'
import {whoAmI} from './identity.ts'
import {syncOn} from './sync/settings.ts'

/** Options of {@link writeHandoff}. */
export interface WriteOptions {
  dir: string
  /**
   * handoff markdown, all of it body: a leading `---` block stays text (Baton
   * writes the frontmatter). Bytes that are not valid UTF-8 are kept as they are.
   */
  text: string | Buffer
  cwd: string
  now: Date
  /** `--slug`; otherwise the branch; otherwise `session` */
  slug?: string | undefined
  session?: string | undefined
  /** `$CLAUDE_HOME`, where the session's log of received notes is (for `parents:`; none without it) */
  home?: string | undefined
  /** marks a mechanical autosave */
  auto?: boolean
  /** check the sections and warn (default true; loads remark) */
  inspect?: boolean
  /** redact credentials and `<private>` spans before writing (default true; the `redact` setting) */
  redact?: boolean
  /** the repository's facts when the caller has them already (saves running `git status` again) */
  git?: (GitState & {dirty: number}) | undefined
  /** `--to`: `me` (the default), `anyone`, a person's identity or a short name (design.md §14, "People") */
  to?: string | undefined
  /** the `me` and `people` settings */
  identity?: Pick<Config, 'me' | 'people'> | undefined
}

/** What was written, and what the body lacks. */
export interface WriteResult {
  path: string
  warnings: string[]
  /** autosaves of the same session that this handoff replaced */
  replaced: string[]
  /** credentials redacted (and `private` spans removed) before writing, by kind */
  redacted: Record<string, number>
}

/**
 * Writes a handoff. Never refuses content: missing or empty sections are
 * reported as warnings. Throws `BatonError` `EEMPTY` for an empty body and an
 * explained file-system error when the directory is not writable.
 */
export async function writeHandoff(options: WriteOptions): Promise<WriteResult> {
  let exact = typeof options.text !== 'string' && !isUtf8(options.text) ? options.text : undefined
  let body = typeof options.text === 'string' ? options.text : options.text.toString('utf8')
  if (body.trim() === '') {
    throw new BatonError('EEMPTY', 'the handoff body is empty: nothing was written', {
      hint:
        'pipe the handoff markdown on stdin or pass --file, ' +
        "e.g. `printf '## Session summary\\n...' | baton handoff write`"
    })
  }
  const address = addressOf(options)
  // Before anything is written: credentials and <private> spans never reach the disk.
  let redacted: Record<string, number> = {}
  if (options.redact !== false) {
    const {redact, redactBytes} = await import('../toolkit/redact.ts')
    if (exact)
      ({
        bytes: exact,
        redaction: {counts: redacted}
      } = await redactBytes(exact))
    else ({text: body, counts: redacted} = await redact(body))
  }
  const warnings = exact ? ['the text is not valid UTF-8; its bytes are saved exactly as given'] : []
  if (address.from === undefined && syncOn(options.dir))
    warnings.push(
      'who you are is unknown (no git user.email, no `me` setting): this note has no addressee, so any ' +
        'session on the remote may take it; set `git config --global user.email` or `baton sync init --as ID`'
    )
  if (options.inspect !== false)
    warnings.push(...(await import('../../core/sections.ts')).inspectSections(body).warnings)
  ensureDir(options.dir)
  // Lineage: the notes this session received (its log, checked against each claim's `consumed.by`), by file name.
  const parents =
    options.session && options.home !== undefined
      ? await (await import('./received.ts')).receivedNames(options.dir, options.home, options.session)
      : []
  const git = options.git ?? gitState(options.cwd)
  const meta = handoffMeta({
    now: options.now,
    session: options.session,
    project: git.root,
    repo: git.inRepo ? (git.mainRoot ?? projectRoot(git.root)) : undefined,
    remote: git.inRepo ? projectRemote(git.root) : undefined,
    branch: git.branch,
    commit: git.commit,
    dirty: options.git?.dirty ?? (git.inRepo ? dirtyCount(git.root) : 0),
    host: hostname(),
    auto: options.auto,
    redacted: Object.values(redacted).reduce((a, b) => a + b, 0),
    parents,
    from: address.from,
    to: address.to
  })
  const slug = slugify(options.slug || git.branch)
  const stamp = formatStamp(options.now)
  let path: string
  try {
    path = publishHandoff(options.dir, stamp, slug, exact ? renderHandoffBytes(meta, exact) : renderHandoff(meta, body))
  } catch (error) {
    if (error instanceof BatonError) throw error
    throw fileError(error, 'write a handoff in', options.dir)
  }
  const replaced = options.session ? await dropAutosaves(options.dir, options.session, path) : []
  return {path, warnings, replaced, redacted}
}

/**
 * `--to` resolved against who writes (design.md §14, "People"). A note for
 * another person needs sync: refused (`ENOSYNC`) before anything is written.
 */
function addressOf(options: WriteOptions): Address {
  const config = options.identity ?? {me: '', people: {}}
  const address = resolveAddress(options.to, whoAmI(options.dir, config).me, config.people)
  if (address.other && !syncOn(options.dir))
    throw new BatonError('ENOSYNC', `a note for ${address.to} needs sync, and ${options.dir} is not synced`, {
      hint:
        'nothing was written. Set sync up with `baton sync init REMOTE` (a private git repository your ' +
        'teammates can reach; README "Sync"), or write it with --to me'
    })
  return address
}

/**
 * `meta` as Baton's frontmatter, then `body` byte for byte (only blank lines
 * before it and white space after it trimmed, as `renderHandoff` does): for a
 * body that is not valid UTF-8, which a string would not keep.
 */
export function renderHandoffBytes(meta: Readonly<HandoffMeta>, body: Buffer): Buffer {
  const head = renderHandoff(meta, '.').slice(0, -'.\n'.length)
  const text = body
    .toString('latin1')
    .replace(/^[ \t\r\n]*\n/, '')
    .replace(/[ \t\r\n]*$/, '\n')
  return Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(text, 'latin1')])
}

/**
 * A session's own handoff replaces its pending autosaves. Only files that are
 * pending, `auto: true` and from the same session are removed. Read with the
 * hot-path reader (no YAML library): SessionEnd's autosave comes through here.
 */
async function dropAutosaves(dir: string, session: string, keep: string): Promise<string[]> {
  const dropped: string[] = []
  for (const entry of listHandoffs(dir, {pendingOnly: true}).pending) {
    if (entry.path === keep) continue
    const raw = handoffText(entry.path) // not readable: not ours to replace
    if (raw === undefined) continue
    const {meta} = await parseDoc(raw)
    if (meta.auto === true && meta.session === session) {
      rmSync(entry.path, {force: true})
      dropped.push(entry.path)
    }
  }
  return dropped
}
