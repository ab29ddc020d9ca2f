/**
 * Secrets never reach disk or a remote (design.md §12): a corpus of fake
 * credentials of every kind, made at test time, goes through a real `node
 * dist/cli.js handoff write`, real SessionEnd hook processes, the legacy import
 * and a push to a sync remote; afterwards no file under the temp Claude home
 * and no blob of the remote holds any of them. Then `baton redact` on files already on disk.
 */
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {
  appendFileSync,
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {join} from 'node:path'
import {ROOT, cliEnv, runCli, runCliSync, tempDir, type Run} from './helpers.ts'
import {withLock} from '../src/io/toolkit/lock.ts'
import {corpus, type Fake} from './redact-corpus.ts'
import {ok, world} from './sync-world.ts'

/** Every regular file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .map((n) => join(dir, n))
    .filter((p) => lstatSync(p).isFile())
}

/** `file: secret` for each corpus secret found in any file under `dir`. */
function leaks(dir: string, fakes: readonly Fake[]): string[] {
  const files = filesUnder(dir)
  expect(files.length).toBeGreaterThan(0)
  return files.flatMap((f) => {
    const text = readFileSync(f, 'latin1')
    return fakes.filter((x) => text.includes(x.secret)).map((x) => `${f}: ${x.kind}`)
  })
}

const note = (fakes: readonly Fake[]): string =>
  `## Session summary\nDebugged the deploy.\n\n## Active ` +
  `context\n${fakes.map((f) => `- ${f.kind}:\n\n${f.line}\n`).join('\n')}\n` +
  '<private>the on-call phone is 555-0100</private>\n## Key decisions\nThe password reset token now expires after 1 ' +
  'hour.\n'

describe('handoff write', () => {
  it('writes no corpus secret, says how many of which kinds on stderr and in --json', () => {
    const home = tempDir()
    const fakes = corpus()
    const r = runCliSync(['handoff', 'write', '--slug', 'deploy'], {env: cliEnv(home), input: note(fakes)})
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toMatch(new RegExp(`baton: redacted ${fakes.length + 1} \\(`))
    for (const kind of new Set(fakes.map((f) => f.kind))) expect(r.stderr).toContain(kind)
    const j = runCliSync(['handoff', 'write', '--slug', 'json', '--json'], {env: cliEnv(home), input: note(fakes)})
    const counts = JSON.parse(j.stdout).redacted as Record<string, number>
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(fakes.length + 1)
    expect(counts.private).toBe(1)
    expect(leaks(join(home, '.claude'), fakes)).toEqual([])
    const saved = readFileSync(r.stdout.trim(), 'utf8')
    expect(saved).toContain(`\nredacted: ${fakes.length + 1}\n`)
    expect(saved).not.toContain('555-0100')
    expect(saved).toContain('The password reset token now expires after 1 hour.') // prose untouched
  })

  it('keeps them when the redact setting is off (BATON_REDACT=0)', () => {
    const home = tempDir()
    const fakes = corpus()
    const r = runCliSync(['handoff', 'write', '--slug', 'raw'], {
      env: cliEnv(home, {BATON_REDACT: '0'}),
      input: note(fakes)
    })
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).not.toMatch(/redacted/)
    expect(leaks(join(home, '.claude'), fakes)).toHaveLength(fakes.length)
  })
})

describe('the SessionEnd autosave (a real hook process)', () => {
  /** Runs the SessionEnd hook of session `id` over a transcript of `commands` and `prompts`; returns its message. */
  function autosave(home: string, id: string, commands: readonly string[], prompts: readonly string[]): string {
    const start = Date.now() - 120_000
    const lines: unknown[] = []
    const push = (entry: object): void =>
      void lines.push({timestamp: new Date(start + lines.length * 1000).toISOString(), ...entry})
    const prompt = (content: string): void => push({type: 'user', message: {role: 'user', content}})
    const tool = (name: string, input: object): void =>
      push({
        type: 'assistant',
        message: {role: 'assistant', content: [{type: 'tool_use', id: `t${lines.length}`, name, input}]}
      })
    prompt(prompts[0] ?? 'deploy')
    tool('Edit', {file_path: '/p/a.ts'})
    for (const command of commands) tool('Bash', {command})
    for (const p of prompts.slice(1)) prompt(p)
    const transcript = join(home, `${id}.jsonl`) // Claude Code's own file, outside the Claude home scanned below
    writeFileSync(transcript, lines.map((l) => JSON.stringify(l)).join('\n') + '\n')
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'hooks', 'session-end.cjs')], {
      input: JSON.stringify({session_id: id, transcript_path: transcript, cwd: home, reason: 'exit'}),
      env: cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'}), // the terminal UI: a session that autosaves
      cwd: home,
      encoding: 'utf8'
    })
    expect(run.status).toBe(0)
    return JSON.parse(run.stdout).systemMessage as string
  }

  it('records commands and prompts without any corpus secret, each replaced by its kind, and counts them', () => {
    const home = tempDir()
    const fakes = corpus()
    // The autosave keeps a session's last 15 commands and 3 prompts: 12 credentials a session, one line each
    // (a key block is folded onto one line, and may be clipped). Every kind appears as a command.
    for (let i = 0; i * 12 < fakes.length; i++) {
      const part = fakes.slice(i * 12, i * 12 + 12)
      const prompts = [`deploy with ${part[0]!.line}`, `also ${part.at(-1)!.line}`]
      expect(
        autosave(
          home,
          `red${i}`,
          part.map((f) => f.line),
          prompts
        )
      ).toMatch(/autosaved .* (\d+) credential\(s\) redacted\./)
    }
    expect(leaks(join(home, '.claude'), fakes)).toEqual([])
    const dir = join(home, '.claude', 'handoffs')
    const saved = readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .map((n) => readFileSync(join(dir, n), 'utf8'))
    expect(saved).toHaveLength(Math.ceil(fakes.length / 12))
    for (const text of saved) {
      expect(text).toContain('auto: true')
      expect(text).toMatch(/\nredacted: \d+\n/)
    }
    for (const kind of new Set(fakes.map((f) => f.kind))) expect(saved.join('\n')).toContain(`[REDACTED:${kind}]`)
  })

  it('leaves no part of a credential that a long command had where the autosave cuts it', () => {
    const home = tempDir()
    // Each credential starts 10 characters before the cut (160): its first 9 would be left.
    const fakes = corpus().filter((f) => !f.line.includes('\n') && f.line.indexOf(f.secret) < 140)
    const commands = fakes.map((f) => `${'x'.repeat(149 - f.line.indexOf(f.secret))} ${f.line}`)
    for (let i = 0; i * 12 < commands.length; i++) autosave(home, `cut${i}`, commands.slice(i * 12, i * 12 + 12), [])
    const files = filesUnder(join(home, '.claude', 'handoffs')).map((f) => readFileSync(f, 'utf8'))
    expect(files.join('\n')).toContain('…`')
    const left = fakes.filter((f) => files.some((t) => t.includes(f.secret.slice(0, 9))))
    expect(left.map((f) => f.kind)).toEqual([])
  })
})

describe('the legacy import', () => {
  it('publishes the old context-handoff.md redacted', () => {
    const home = tempDir()
    const fakes = corpus()
    mkdirSync(join(home, '.claude'), {recursive: true})
    writeFileSync(join(home, '.claude', 'context-handoff.md'), `# Handoff\n${note(fakes)}`)
    const r = runCliSync(['handoff', 'resume', '--all'], {env: cliEnv(home)})
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('[REDACTED:aws]')
    expect(leaks(join(home, '.claude', 'handoffs'), fakes)).toEqual([])
  })
})

describe('the push to a sync remote', () => {
  it('carries no corpus secret, even from a note written with redaction off', async () => {
    const {a, remote} = world()
    await ok(a, ['sync', 'init', remote])
    const fakes = corpus()
    const w = await a.run(['handoff', 'write', '--slug', 'leaky'], {input: note(fakes), env: {BATON_REDACT: '0'}})
    expect(w.code, w.stderr).toBe(0)
    const s = await ok(a, ['sync', '--json'])
    expect(JSON.parse(s.stdout).redacted).toBe(fakes.length + 1) // and the <private> span
    const blobs = spawnSync('git', ['--git-dir', remote, 'log', '-p', '--all'], {encoding: 'utf8'}).stdout
    expect(blobs).toContain('## Active context')
    expect(fakes.filter((f) => blobs.includes(f.secret)).map((f) => f.kind)).toEqual([])
    for (const kind of new Set(fakes.map((f) => f.kind))) expect(blobs).toContain(`[REDACTED:${kind}]`)
  })
})

describe('baton redact FILE… [--fix] [--json]', () => {
  it('reports where, never what; --fix rewrites in place with only the findings changed', () => {
    const home = tempDir()
    const fakes = corpus()
    const file = join(home, 'old.md')
    const text = note(fakes)
    writeFileSync(file, text)
    chmodSync(file, 0o640)
    const scan = runCliSync(['redact', file, '--json'], {env: cliEnv(home)})
    expect(scan.code).toBe(1) // found and left
    const report = JSON.parse(scan.stdout) as {files: {findings: {kind: string; line: number}[]}[]}
    expect(report.files[0]!.findings.length).toBe(fakes.length + 1)
    for (const f of fakes) expect(scan.stdout).not.toContain(f.secret)
    expect(readFileSync(file, 'utf8')).toBe(text) // a scan changes nothing

    const fix = runCliSync(['redact', '--fix', file], {env: cliEnv(home)})
    expect(fix.code, fix.stderr).toBe(0)
    expect(fix.stderr).toMatch(/redacted \d+ \(/)
    expect(leaks(home, fakes).filter((l) => l.startsWith(file))).toEqual([])
    expect(statSync(file).mode & 0o777).toBe(0o640)
    expect(readFileSync(file, 'utf8')).toContain('The password reset token now expires after 1 hour.')
    // Nothing left: a second scan is clean.
    const again = runCliSync(['redact', file], {env: cliEnv(home)})
    expect(again.code).toBe(0)
    expect(again.stderr).toBe('baton: no credentials found in 1 file(s)\n')
  })

  it('--fix loses no concurrent locked write: 3 fixers and 8 `index add` processes on one file', async () => {
    const home = tempDir()
    const fakes = corpus().filter((f) => !f.line.includes('\n'))
    const file = join(home, 'INDEX.md')
    writeFileSync(file, `# Index\n${fakes.map((f) => f.line).join('\n')}\n`)
    const env = cliEnv(home)
    const runs = await Promise.all([
      ...Array.from({length: 8}, (_, i) =>
        runCli(['index', 'add', file, '--entry', `- [t${i}](t${i}.md) topic ${i}`], {env})
      ),
      ...Array.from({length: 3}, () => runCli(['redact', '--fix', file], {env}))
    ])
    for (const r of runs) expect(r.code, r.stderr).toBe(0)
    const text = readFileSync(file, 'utf8')
    for (let i = 0; i < 8; i++) expect(text).toContain(`- [t${i}](t${i}.md) topic ${i}`)
    for (const f of fakes) expect(text).not.toContain(f.secret)
  })

  it("--fix waits for the file's lock and redacts what is there once it has it", async () => {
    const home = tempDir()
    const [first, second] = corpus().filter((f) => !f.line.includes('\n'))
    const file = join(home, 'note.md')
    writeFileSync(file, `# Note\n${first!.line}\n`)
    const env = cliEnv(home)
    let fixer: Promise<Run> | undefined
    await withLock(
      file,
      async (lease) => {
        fixer = runCli(['redact', '--fix', file], {env})
        // Enough for the fixer to start and read the file; it cannot write while the lock is held.
        await new Promise((r) => setTimeout(r, 1500))
        lease.assertHeld()
        appendFileSync(file, `- added under the lock\n${second!.line}\n`)
      },
      {env}
    )
    const r = await fixer!
    expect(r.code, r.stderr).toBe(0)
    const text = readFileSync(file, 'utf8')
    expect(text).toContain('- added under the lock')
    expect(text).not.toContain(first!.secret)
    expect(text).not.toContain(second!.secret)
  })

  it('reads only regular files: a link is refused with a reason, the other files are still scanned', () => {
    const home = tempDir()
    const fake = corpus()[0]!
    writeFileSync(join(home, 'a.md'), fake.line)
    symlinkSync(join(home, 'a.md'), join(home, 'link.md'))
    const r = runCliSync(['redact', '--fix', join(home, 'link.md'), join(home, 'a.md')], {env: cliEnv(home)})
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/link\.md: .*not a regular file/)
    expect(readFileSync(join(home, 'a.md'), 'utf8')).not.toContain(fake.secret)
  })

  it('needs a file', () => {
    const r = runCliSync(['redact'], {env: cliEnv(tempDir())})
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/at least one FILE/)
  })
})
