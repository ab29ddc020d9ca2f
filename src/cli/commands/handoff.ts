/** `baton handoff write|resume|list|show|clean` (design.md §5). */
import {readFileSync} from 'node:fs'
import {basename, isAbsolute, join, resolve} from 'node:path'
import type {CliIo} from '../io.ts'
import {intFlag} from '../args.ts'
import type {ArgsOf} from '../table.ts'
import {BatonError, usageError} from '../../core/errors.ts'
import {routeOf} from '../../core/handoff-meta.ts'
import {claudeHome, handoffDir} from '../../io/paths.ts'
import {listHandoffs, skippedWarning} from '../../io/handoff/store.ts'
import {fileError} from '../../io/toolkit/errors.ts'
import {readHandoff} from '../../io/handoff/read.ts'
import {loadConfig} from '../../io/config.ts'
import {checkoutOf, gitState} from '../../io/toolkit/git.ts'
import {readerOf} from '../../io/handoff/identity.ts'
import {doneName} from '../../core/names.ts'

const json = (io: CliIo, value: unknown): void => io.stdout(`${JSON.stringify(value, null, 2)}\n`)
const sessionOf = (io: CliIo, flag: string | undefined): string =>
  flag ?? io.env.BATON_SESSION_ID ?? io.env.CLAUDE_CODE_SESSION_ID ?? ''

/** `baton handoff write`. */
export async function write({values, usage}: ArgsOf<'handoff write'>, io: CliIo): Promise<number> {
  // Bytes, not text: invalid UTF-8 in a note is kept as it is, never replaced.
  let text: Buffer
  if (values.file !== undefined) {
    const file = resolve(io.cwd, values.file)
    try {
      text = readFileSync(file)
    } catch (error) {
      throw fileError(error, 'read', file)
    }
  } else if (io.stdinIsTTY) {
    throw usageError(
      'no handoff body: stdin is a terminal and no --file was given',
      `pipe the markdown in: cat notes.md | ${usage}`
    )
  } else text = io.readStdinBytes ? await io.readStdinBytes() : Buffer.from(await io.readStdin())
  const {writeHandoff} = await import('../../io/handoff/write.ts')
  const config = loadConfig(io.env)
  const result = await writeHandoff({
    dir: handoffDir(io.env, values.dir),
    text,
    cwd: io.cwd,
    now: io.now(),
    slug: values.slug,
    session: sessionOf(io, values.session),
    home: claudeHome(io.env),
    auto: values.auto ?? false,
    redact: config.redact,
    to: values.to,
    identity: config
  })
  const redacted = Object.values(result.redacted).reduce((a, b) => a + b, 0)
  if (redacted > 0) {
    const {describeCounts} = await import('../../core/redact/index.ts')
    io.stderr(`baton: redacted ${describeCounts(result.redacted)} before saving\n`)
  }
  if (values.json) json(io, result)
  else {
    io.stdout(`${result.path}\n`)
    for (const w of result.warnings) io.stderr(`baton: warning: ${w} (saved anyway)\n`)
    for (const r of result.replaced) io.stderr(`baton: replaced this session's autosave ${r}\n`)
  }
  return 0
}

/** `baton handoff resume`. */
export async function resume({values}: ArgsOf<'handoff resume'>, io: CliIo): Promise<number> {
  const config = loadConfig(io.env)
  const {resumeHandoffs} = await import('../../io/handoff/resume.ts')
  const result = await resumeHandoffs({
    dir: handoffDir(io.env, values.dir),
    home: claudeHome(io.env),
    cwd: io.cwd,
    now: io.now(),
    all: values.all ?? config.scope === 'all',
    session: sessionOf(io, values.session),
    // Below about 1000 the frame alone fills the budget: nothing would ever be claimed.
    maxChars: Math.max(intFlag(values['max-chars'], 'max-chars', config.maxChars, 1000), 1000),
    peek: values.peek ?? false,
    received: values.received ?? false,
    worktree: values.worktree,
    // At a prompt, a synced claim may take longer than in a hook (design.md §14).
    syncTimeoutMs: Math.max(config.syncTimeoutMs, 10_000),
    reader: readerOf(handoffDir(io.env, values.dir), config)
  })
  for (const w of result.warnings) io.stderr(`${w}\n`)
  // Each note's text is written as its own part, and a note counts as delivered
  // once its part has been handed to the OS whole (a write cut short by EPIPE
  // may have delivered any part of it). JSON is one part: all or nothing.
  const parts = values.json
    ? [
        {
          items: [...result.shown, ...result.omitted],
          text: `${JSON.stringify(
            {
              project: result.project,
              count: result.shown.length,
              pendingElsewhere: result.pendingElsewhere,
              stillPending: result.stillPending,
              imported: result.imported ?? null,
              peek: values.peek === true,
              alreadyReceived: [...result.shown, ...result.omitted].filter((h) => h.received).length,
              // Every key always present (null when unknown), so scripts can rely on the shape.
              // A note that did not fit whole: its gist (`gist: true`), as in the text output.
              handoffs: result.shown.map((h) => ({
                file: h.file,
                project: h.project ?? null,
                receivedAt: h.received ?? null,
                created: h.created ?? null,
                branch: h.branch ?? null,
                commit: h.commit ?? null,
                session: h.session ?? null,
                auto: h.auto === true,
                commitsSince: h.commitsSince ?? null,
                readOnly: h.readOnly === true,
                warning: h.warning ?? null,
                gist: result.gists.has(h),
                body: result.gists.get(h) ?? h.body
              })),
              omitted: result.omitted.map((i) => i.file),
              waiting: result.waiting.notes
            },
            null,
            2
          )}\n`
        }
      ]
    : [...result.parts, ...(result.waiting.text ? [{text: result.waiting.text, items: []}] : [])]
  const deliver = io.deliver ?? (async (text: string) => (io.stdout(text), await io.flush(), true))
  const {deliverResume} = await import('../../io/handoff/deliver.ts')
  const {total, sent, back, now} = await deliverResume(result, parts, deliver)
  if (back > 0) {
    io.stderr(
      `baton: output closed after ${sent} of ${total} notes; ${now} put back as pending` +
        (now < back ? `, ${back - now} left held until the next resume or \`baton handoff clean\`` : '') +
        '\n'
    )
    return 1
  }
  // A person at a terminal may not know that reading the notes used them up.
  if (io.stdoutIsTTY && sent > 0) io.stderr(claimedLine(sent, handoffDir(io.env, values.dir)))
  return 0
}

/** What a person at a terminal is told after a resume claimed `n` notes. */
function claimedLine(n: number, dir: string): string {
  const [notes, them] = n === 1 ? ['handoff', 'it'] : ['handoffs', 'them']
  return (
    `baton: claimed ${n} ${notes}: renamed to *_done.md, so no other session will get ${them}. ` +
    `To see ${them} again: \`baton handoff list --consumed\`, then \`baton handoff show NAME\` (in ${dir}).\n`
  )
}

/** `baton handoff list`. */
export function list({values}: ArgsOf<'handoff list'>, io: CliIo): number {
  const dir = handoffDir(io.env, values.dir)
  const {pending, consumed} = listHandoffs(dir)
  // Without --all: this repository's notes (see `routeOf`), this checkout's and its other live worktrees'.
  const here = values.all ? undefined : checkoutOf(gitState(io.cwd))
  const rows = [...pending, ...(values.consumed ? consumed : [])].flatMap((entry) => {
    let doc
    try {
      doc = readHandoff(entry.path)
    } catch (error) {
      io.stderr(`${skippedWarning(error, entry.path)}\n`) // one bad file never hides the rest
      return []
    }
    if (!doc) return []
    const m = doc.meta
    if (here && routeOf(m, here) === 'elsewhere') return []
    return [
      {
        name: entry.name,
        path: entry.path,
        status: entry.consumed ? 'consumed' : 'pending',
        created: m.created ?? null,
        project: m.project ?? null,
        branch: m.branch ?? null,
        session: m.session ?? null,
        auto: m.auto === true,
        consumedAt: m.consumed?.at ?? null
      }
    ]
  })
  if (values.json) json(io, {dir, handoffs: rows})
  else if (rows.length === 0) io.stdout(`No handoffs in ${dir}${values.all ? '' : ' for this project (try --all)'}.\n`)
  else {
    for (const r of rows) {
      io.stdout(
        `${r.status.padEnd(8)}  ${r.name}${r.auto ? '  (autosave)' : ''}` +
          `${r.project && r.project !== here?.root ? `  ${r.project}` : ''}\n`
      )
    }
  }
  return 0
}

/** `baton handoff show`. */
export function show({values, positionals, usage}: ArgsOf<'handoff show'>, io: CliIo): number {
  const arg = positionals[0]
  if (!arg) throw usageError('show needs a handoff NAME or PATH', `usage: ${usage}`)
  const dir = handoffDir(io.env, values.dir)
  const candidates = arg.includes('/')
    ? [isAbsolute(arg) ? arg : resolve(io.cwd, arg)]
    : [arg, `${arg}.md`, doneName(`${arg.replace(/\.md$/, '')}.md`)].map((n) => join(dir, basename(n)))
  for (const path of candidates) {
    const doc = readHandoff(path)
    if (doc) {
      io.stdout(doc.raw)
      return 0
    }
  }
  throw new BatonError('ENOENT', `no handoff named "${arg}"`, {
    file: candidates[0],
    hint: `list them with: baton handoff list --all --consumed --dir '${dir}'`
  })
}

/** `baton handoff clean`. */
export async function clean({values}: ArgsOf<'handoff clean'>, io: CliIo): Promise<number> {
  const config = loadConfig(io.env)
  const {cleanHandoffs} = await import('../../io/handoff/clean.ts')
  const dryRun = values['dry-run'] ?? false
  const result = await cleanHandoffs(handoffDir(io.env, values.dir), io.now(), {
    days: intFlag(values.days, 'days', config.keepDays),
    dryRun,
    home: claudeHome(io.env)
  })
  if (values.json) json(io, {dryRun, ...result})
  else {
    const verb = dryRun ? 'would delete' : 'deleted'
    io.stdout(
      `${verb} ${result.deleted.length} consumed handoff(s); kept ${result.kept}; ` +
        `swept ${result.sweptTemp.length} temp file(s); restored ${result.restored.length} interrupted claim(s). ` +
        'Pending handoffs are never deleted.\n'
    )
    for (const p of result.deleted) io.stdout(`  ${verb} ${p}\n`)
    for (const p of result.imported)
      io.stdout(`  finished the interrupted import of the legacy context-handoff.md as ${p}\n`)
  }
  for (const w of result.warnings) io.stderr(`${w}\n`)
  return 0
}
