/**
 * DESIGN §4 invariants 1–5, proven with real OS processes running the built
 * dist/cli.js: concurrent writers, concurrent resumers and SIGKILL.
 */
import {describe, expect, it} from 'vitest'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  utimesSync,
  writeFileSync,
  symlinkSync,
  linkSync
} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {RESTORING, claimName, parseName} from '../src/core/names.ts'
import {selfHolder} from '../src/io/toolkit/proc.ts'
import {basename, join} from 'node:path'
import {parseHandoff} from '../src/core/frontmatter.ts'
import {body, cliEnv, runCli, runCliSync, tempDir} from './helpers.ts'

const NOW = '2026-11-21T09:15:22.000Z'
const mdFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.md') && !n.startsWith('.'))
    .sort()

describe('invariant 1: no overwrite', () => {
  it('keeps every handoff, whole, when 64 processes write with the same slug in the same second', async () => {
    const home = tempDir()
    const dir = join(home, 'handoffs')
    const env = cliEnv(home, {BATON_NOW: NOW})
    const started = Date.now()
    const runs = await Promise.all(
      Array.from({length: 64}, (_, i) =>
        runCli(['handoff', 'write', '--slug', 'same', '--dir', dir, '--session', `w${i}`], {
          env,
          input: body(`writer-${i}`, 'y'.repeat(20_000))
        })
      )
    )
    const ms = Date.now() - started
    for (const r of runs) expect(r.code, r.stderr).toBe(0)
    const files = mdFiles(dir)
    expect(files).toHaveLength(64)
    expect(new Set(runs.map((r) => r.stdout.trim())).size).toBe(64)
    const markers = new Set<string>()
    for (const f of files) {
      expect(f).toMatch(/^\d{4}-\d{2}-\d{2}_\d{6}_same(-\d+)?\.md$/)
      const doc = parseHandoff(readFileSync(join(dir, f), 'utf8'))
      const marker = /marker=(writer-\d+)/.exec(doc.body)![1]!
      expect(doc.body).toContain(`end=${marker}`) // whole, not torn
      expect(doc.meta.session).toBe(`w${marker.slice(7)}`)
      markers.add(marker)
    }
    expect(markers.size).toBe(64)
    console.info(`[figures] 64 concurrent writers, same slug and second: ${ms} ms wall, 64/64 kept`)
  })

  it('never reuses the name of a consumed handoff', async () => {
    const home = tempDir()
    const dir = join(home, 'handoffs')
    const env = cliEnv(home, {BATON_NOW: NOW})
    const first = runCliSync(['handoff', 'write', '--slug', 'x', '--dir', dir], {env, input: body('one')})
    runCliSync(['handoff', 'resume', '--all', '--dir', dir], {env})
    const second = runCliSync(['handoff', 'write', '--slug', 'x', '--dir', dir], {env, input: body('two')})
    expect(second.stdout.trim()).not.toBe(first.stdout.trim())
    expect(mdFiles(dir)).toHaveLength(2)
  })
})

describe('invariant 2: exactly-once claim', () => {
  it('claims each of 60 pending handoffs exactly once across 8 concurrent resumers', async () => {
    const home = tempDir()
    const dir = join(home, 'handoffs')
    await Promise.all(
      Array.from({length: 60}, (_, i) =>
        runCli(['handoff', 'write', '--slug', `h${i}`, '--dir', dir], {env: cliEnv(home), input: body(`note-${i}`)})
      )
    )
    expect(mdFiles(dir)).toHaveLength(60)
    const started = Date.now()
    const runs = await Promise.all(
      Array.from({length: 8}, (_, i) =>
        runCli(
          ['handoff', 'resume', '--all', '--json', '--max-chars', '10000000', '--dir', dir, '--session', `r${i}`],
          {env: cliEnv(home)}
        )
      )
    )
    const ms = Date.now() - started
    const delivered: string[] = []
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0)
      const out = JSON.parse(r.stdout) as {handoffs: {body: string}[]; omitted: string[]}
      expect(out.omitted).toEqual([])
      for (const h of out.handoffs) delivered.push(/marker=(note-\d+)/.exec(h.body)![1]!)
    }
    expect(delivered).toHaveLength(60)
    expect(new Set(delivered).size).toBe(60)
    const winners = runs.filter((r) => JSON.parse(r.stdout).count > 0).length
    const files = mdFiles(dir)
    expect(files.every((f) => f.endsWith('_done.md'))).toBe(true)
    expect(files).toHaveLength(60)
    // The consumed copy names the session that won it.
    const bySession = new Set(files.map((f) => parseHandoff(readFileSync(join(dir, f), 'utf8')).meta.consumed?.by))
    expect([...bySession].every((s) => /^r\d$/.test(String(s)))).toBe(true)
    console.info(
      `[figures] 8 concurrent resumers over 60 pending: ${ms} ms wall, ${winners} resumers won at least one, 60/60 ` +
        `delivered once`
    )
  })
})

describe('invariant 3: atomicity under SIGKILL', () => {
  it('leaves only whole files when writers are killed partway, and sweeps their litter', async () => {
    const home = tempDir()
    const dir = join(home, 'handoffs')
    // Redaction off: this is about kills mid-write, and scanning 24 MB would only stretch every writer past its kill.
    const env = cliEnv(home, {BATON_NOW: NOW, BATON_REDACT: '0'})
    const big = 'z'.repeat(1_000_000)
    const runs = await Promise.all(
      Array.from({length: 24}, (_, i) =>
        runCli(['handoff', 'write', '--slug', 'k', '--dir', dir], {
          env,
          input: body(`kill-${i}`, big),
          // The last writer is never killed: however loaded the machine, one write runs to its end.
          ...(i < 23 ? {killAfterMs: 100 + i * 120} : {})
        })
      )
    )
    const killed = runs.filter((r) => r.signal === 'SIGKILL').length
    expect(killed).toBeGreaterThan(0)
    expect(runs[23]!.code).toBe(0)
    for (const f of mdFiles(dir)) {
      const doc = parseHandoff(readFileSync(join(dir, f), 'utf8'))
      const marker = /marker=(kill-\d+)/.exec(doc.body)![1]!
      expect(doc.body).toContain(`end=${marker}`)
      expect(doc.body).toContain(big)
    }
    // Age any temp litter past the one-hour mark, then clean sweeps it.
    const litter = readdirSync(dir).filter((n) => n.startsWith('.baton-tmp-'))
    const old = new Date(Date.now() - 2 * 3_600_000)
    for (const n of litter) utimesSync(join(dir, n), old, old)
    const clean = runCliSync(['handoff', 'clean', '--dir', dir, '--json'], {env: cliEnv(home)})
    expect(clean.code, clean.stderr).toBe(0)
    expect(JSON.parse(clean.stdout).sweptTemp).toHaveLength(litter.length)
    expect(readdirSync(dir).filter((n) => n.startsWith('.baton-'))).toEqual([])
    console.info(
      `[figures] 24 writers of 1 MB, ${killed} SIGKILLed: ${mdFiles(dir).length} whole files, ${litter.length} temp ` +
        `files swept`
    )
  })

  it('loses no handoff when resumers are killed mid-claim: interrupted claims are put back', async () => {
    const home = tempDir()
    const dir = join(home, 'handoffs')
    await Promise.all(
      Array.from({length: 40}, (_, i) =>
        runCli(['handoff', 'write', '--slug', `c${i}`, '--dir', dir], {
          env: cliEnv(home),
          input: body(`claim-${i}`, 'q'.repeat(200_000))
        })
      )
    )
    const runs = await Promise.all(
      Array.from({length: 6}, (_, i) =>
        runCli(
          ['handoff', 'resume', '--all', '--json', '--max-chars', '100000000', '--dir', dir, '--session', `k${i}`],
          {env: cliEnv(home), killAfterMs: 150 + i * 150}
        )
      )
    )
    const seen = new Set<string>()
    // A resumer killed after printing still delivered what it printed.
    const printed = runs.flatMap((r) => {
      try {
        return [JSON.parse(r.stdout) as {handoffs: {body: string}[]}]
      } catch {
        return []
      }
    })
    for (const out of printed) for (const h of out.handoffs) seen.add(/marker=(claim-\d+)/.exec(h.body)![1]!)
    // Holds left by killed claimers go back to pending once their owner is dead and 30 s old.
    const beforeFinal = seen.size
    const holds = readdirSync(dir).filter((n) => n.startsWith('.baton-claim-'))
    const old = new Date(Date.now() - 60_000)
    for (const n of holds) utimesSync(join(dir, n), old, old)
    const clean = runCliSync(['handoff', 'clean', '--dir', dir, '--json'], {env: cliEnv(home)})
    expect(JSON.parse(clean.stdout).restored).toHaveLength(holds.length)
    const last = runCliSync(
      ['handoff', 'resume', '--all', '--json', '--max-chars', '100000000', '--dir', dir, '--session', 'final'],
      {env: cliEnv(home)}
    )
    for (const h of JSON.parse(last.stdout).handoffs) seen.add(/marker=(claim-\d+)/.exec(h.body)![1]!)
    // Every note is on disk, consumed, and whole.
    const unseen = Array.from({length: 40}, (_, i) => `claim-${i}`).filter((m) => !seen.has(m))
    expect(
      unseen,
      `never delivered; on disk: ${readdirSync(dir).join(' ')}; ` +
        `runs: ${runs.map((r) => `${r.code}/${r.signal}/${r.stdout.length}`).join(' ')}`
    ).toEqual([])
    const onDisk = new Set(mdFiles(dir).map((f) => /marker=(claim-\d+)/.exec(readFileSync(join(dir, f), 'utf8'))![1]!))
    expect(onDisk.size).toBe(40)
    expect(mdFiles(dir).every((f) => f.endsWith('_done.md'))).toBe(true)
    console.info(
      `[figures] 6 resumers SIGKILLed over 40 pending: ${runs.filter((r) => r.signal).length} ` +
        `killed, ${holds.length} interrupted claims restored, ${beforeFinal} delivered by ${printed.length} ` +
        `resumers that printed, ${seen.size}/40 delivered after a final resume`
    )
  })
})

describe('interrupted claims', () => {
  it('puts each dead hold back exactly once when 6 sweepers race', async () => {
    const home = tempDir()
    const dir = join(home, 'handoffs')
    for (let i = 0; i < 30; i++)
      runCliSync(['handoff', 'write', '--slug', `d${i}`, '--dir', dir], {env: cliEnv(home), input: body(`dead-${i}`)})
    // Holds of a claimer that died: its pid is gone.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!
    for (const name of mdFiles(dir))
      renameSync(join(dir, name), join(dir, claimName(name, {...selfHolder(), pid: dead, start: 0}, 'dead1')))
    expect(mdFiles(dir)).toEqual([])
    const runs = await Promise.all(
      Array.from({length: 6}, () => runCli(['handoff', 'clean', '--dir', dir, '--json'], {env: cliEnv(home)}))
    )
    for (const r of runs) expect(r.code, r.stderr).toBe(0)
    const restored = runs.reduce((n, r) => n + JSON.parse(r.stdout).restored.length, 0)
    expect(restored).toBeGreaterThanOrEqual(30)
    const files = mdFiles(dir)
    expect(files).toHaveLength(30)
    expect(new Set(files.map((f) => /marker=(dead-\d+)/.exec(readFileSync(join(dir, f), 'utf8'))![1])).size).toBe(30)
    expect(readdirSync(dir).filter((n) => n.startsWith('.baton-'))).toEqual([])
  })

  it('never makes a second pending copy when a sweeper dies at any step of a put-back', () => {
    const home = tempDir()
    const dir = join(home, 'handoffs')
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!
    const deadHolder = {...selfHolder(), pid: dead, start: 0}
    const write = (marker: string): string =>
      runCliSync(['handoff', 'write', '--slug', marker, '--dir', dir], {
        env: cliEnv(home),
        input: body(marker)
      }).stdout.trim()
    const markersOnDisk = (): string[] =>
      mdFiles(dir)
        .map((f) => /marker=([a-z]+-\d)/.exec(readFileSync(join(dir, f), 'utf8'))![1]!)
        .sort()
    // (a) died after linking the note back: pending and the sweeper's hold are one inode.
    const a = write('after-1')
    linkSync(a, join(dir, claimName(basename(a), deadHolder, `${RESTORING}tok1`)))
    // (b) died after linking back, and a session has since claimed and consumed the note.
    const b = write('consumed-2')
    linkSync(b, join(dir, claimName(basename(b), deadHolder, `${RESTORING}tok2`)))
    const claimed = runCliSync(['handoff', 'resume', '--all', '--json', '--dir', dir], {env: cliEnv(home)})
    expect(JSON.parse(claimed.stdout).handoffs).toHaveLength(2)
    const a2 = write('after-3') // (a) again, now that (a) and (b) are consumed
    linkSync(a2, join(dir, claimName(basename(a2), deadHolder, `${RESTORING}tok3`)))
    // (c) died before linking back: only its hold is left.
    const c = write('before-4')
    renameSync(c, join(dir, claimName(basename(c), deadHolder, `${RESTORING}tok4`)))
    const clean = runCliSync(['handoff', 'clean', '--dir', dir, '--json'], {env: cliEnv(home)})
    expect(clean.code, clean.stderr).toBe(0)
    expect(readdirSync(dir).filter((n) => n.startsWith('.baton-'))).toEqual([])
    const pendingNow = mdFiles(dir).filter((f) => !parseName(f)!.consumed)
    expect(pendingNow.map((f) => /marker=([a-z]+-\d)/.exec(readFileSync(join(dir, f), 'utf8'))![1]).sort()).toEqual([
      'after-3',
      'before-4'
    ])
    // their _done copies, once each
    expect(markersOnDisk().filter((m) => m === 'consumed-2' || m === 'after-1')).toEqual(['after-1', 'consumed-2'])
  })
})

describe('invariant 4: retention', () => {
  it('deletes consumed handoffs older than keepDays and never a pending one', () => {
    const home = tempDir()
    const dir = join(home, 'handoffs')
    const write = (slug: string, now: string) =>
      runCliSync(['handoff', 'write', '--slug', slug, '--dir', dir], {
        env: cliEnv(home, {BATON_NOW: now}),
        input: body(slug)
      })
    write('old-consumed', '2026-11-01T10:00:00.000Z')
    runCliSync(['handoff', 'resume', '--all', '--dir', dir], {
      env: cliEnv(home, {BATON_NOW: '2026-11-02T10:00:00.000Z'})
    })
    write('recent-consumed', '2026-11-19T10:00:00.000Z')
    runCliSync(['handoff', 'resume', '--all', '--dir', dir], {
      env: cliEnv(home, {BATON_NOW: '2026-11-19T11:00:00.000Z'})
    })
    write('ancient-pending', '2025-01-01T10:00:00.000Z')
    const old = new Date('2025-01-01T10:00:00Z')
    for (const f of mdFiles(dir).filter((f) => f.includes('ancient'))) utimesSync(join(dir, f), old, old)
    const dry = runCliSync(['handoff', 'clean', '--dry-run', '--json', '--dir', dir], {
      env: cliEnv(home, {BATON_NOW: '2026-11-21T10:00:00.000Z'})
    })
    expect(JSON.parse(dry.stdout).deleted).toHaveLength(1)
    expect(mdFiles(dir)).toHaveLength(3)
    const run = runCliSync(['handoff', 'clean', '--json', '--dir', dir], {
      env: cliEnv(home, {BATON_NOW: '2026-11-21T10:00:00.000Z'})
    })
    expect(run.code, run.stderr).toBe(0)
    const left = mdFiles(dir)
    expect(left.some((f) => f.includes('old-consumed'))).toBe(false)
    expect(left.some((f) => f.includes('recent-consumed_done'))).toBe(true)
    expect(left.some((f) => f.includes('ancient-pending.md'))).toBe(true)
    const none = runCliSync(['handoff', 'clean', '--days', '0', '--json', '--dir', dir], {
      env: cliEnv(home, {BATON_NOW: '2030-01-01T00:00:00.000Z'})
    })
    expect(JSON.parse(none.stdout).deleted.every((p: string) => p.endsWith('_done.md'))).toBe(true)
    expect(mdFiles(dir).some((f) => f.includes('ancient-pending.md'))).toBe(true)
  })
})

describe('invariant 5: nothing silently dropped', () => {
  it('claims every handoff over the budget and lists it by path', () => {
    const home = tempDir()
    const dir = join(home, 'handoffs')
    for (let i = 0; i < 6; i++)
      runCliSync(['handoff', 'write', '--slug', `b${i}`, '--dir', dir], {
        env: cliEnv(home),
        input: body(`budget-${i}`, 'w'.repeat(3000))
      })
    const r = runCliSync(['handoff', 'resume', '--all', '--max-chars', '8000', '--dir', dir], {env: cliEnv(home)})
    expect(r.code).toBe(0)
    const shown = (r.stdout.match(/<handoff /g) ?? []).length
    const listed = r.stdout.split('\n').filter((l) => /^- .*_done\.md$/.test(l))
    expect(shown).toBeGreaterThan(0)
    expect(shown + listed.length).toBe(6)
    for (const l of listed) expect(existsSync(l.slice(2))).toBe(true)
    expect(r.stdout.length).toBeLessThanOrEqual(8000)
  })
})

describe('hostile input stays inside the directory', () => {
  it.each(['../../x', 'with spaces and CAPS', 'ünïcödé ✨ 日本', 'a'.repeat(500), '/etc/passwd', '..'])(
    'slug %j',
    (slug) => {
      const home = tempDir()
      const dir = join(home, 'deep', 'handoffs')
      const r = runCliSync(['handoff', 'write', '--slug', slug, '--dir', dir], {env: cliEnv(home), input: body('h')})
      expect(r.code, r.stderr).toBe(0)
      const path = r.stdout.trim()
      expect(path.startsWith(`${dir}/`)).toBe(true)
      expect(path.slice(dir.length + 1)).toMatch(/^\d{4}-\d{2}-\d{2}_\d{6}_[a-z0-9-]{1,60}\.md$/)
      expect(readdirSync(join(home, 'deep'))).toEqual(['handoffs'])
    }
  )

  it('skips a symlink or a directory named *.md, never following it', () => {
    const home = tempDir()
    const dir = join(home, 'handoffs')
    mkdirSync(join(dir, '2026-11-21_091522_dir.md'), {recursive: true})
    const outside = join(home, 'secret.md')
    writeFileSync(outside, body('secret'))
    symlinkSync(outside, join(dir, '2026-11-21_091522_link.md'))
    runCliSync(['handoff', 'write', '--slug', 'real', '--dir', dir], {env: cliEnv(home), input: body('real')})
    const r = runCliSync(['handoff', 'resume', '--all', '--json', '--dir', dir], {env: cliEnv(home)})
    expect(r.code, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.count).toBe(1)
    expect(out.handoffs[0].body).toContain('marker=real')
    expect(readFileSync(outside, 'utf8')).toBe(body('secret'))
    expect(existsSync(join(dir, '2026-11-21_091522_link.md'))).toBe(true)
  })
})
