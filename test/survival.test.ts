/**
 * Issue 8, item 7: claims, sweeps and the legacy import survive a file system
 * without hard links (a real exFAT file system through FUSE on a loop device)
 * and SIGKILL at random moments of the legacy import. Real processes only.
 */
import {afterAll, describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {body, cliEnv, runCli, runCliSync, tempDir} from './helpers.ts'
import {claimName, doneName, importingName} from '../src/core/names.ts'
import {selfHolder} from '../src/io/toolkit/proc.ts'

const sh = (cmd: string, args: string[]): string => {
  const r = spawnSync(cmd, args, {encoding: 'utf8'})
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.error}`)
  return r.stdout.trim()
}
let mount = ''
let loop = ''
let scratch = ''
/**
 * Mounts a fresh exFAT image through FUSE; on any failure says why and leaves `mount` empty
 * (the tests are then skipped).
 */
function mountExfat(): void {
  if (
    process.getuid?.() !== 0 ||
    !['mkfs.exfat', 'mount.exfat-fuse', 'losetup'].every((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status === 0)
  ) {
    console.info(
      '[skipped] no-hard-link file system: needs root, exfatprogs, exfat-fuse and a loop device (apt-get install ' +
        'exfatprogs exfat-fuse)'
    )
    return
  }
  try {
    scratch = mkdtempSync(join(tmpdir(), 'baton-exfat-'))
    const image = join(scratch, 'fs.img')
    sh('truncate', ['-s', '64M', image])
    sh('mkfs.exfat', [image])
    loop = sh('losetup', ['-f', '--show', image])
    const at = join(scratch, 'mnt')
    mkdirSync(at)
    sh('mount.exfat-fuse', [loop, at])
    mount = at
    writeFileSync(join(mount, 'probe'), 'x')
    if (spawnSync('ln', [join(mount, 'probe'), join(mount, 'probe2')]).status === 0)
      throw new Error('this exFAT mount has hard links')
  } catch (error) {
    console.info(`[skipped] no-hard-link file system: ${String(error)}`)
    unmount()
  }
}
function unmount(): void {
  if (mount) spawnSync('umount', [mount])
  if (loop) spawnSync('losetup', ['-d', loop])
  if (scratch) rmSync(scratch, {recursive: true, force: true})
  mount = loop = scratch = ''
}
mountExfat()
const tools = mount !== ''
afterAll(unmount)

const mdFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.md') && !n.startsWith('.'))
    .sort()
const marker = (text: string): string => /marker=([a-z]+-\d+)/.exec(text)![1]!
const delivered = (stdout: string): string[] => {
  try {
    return (JSON.parse(stdout).handoffs as {body: string}[]).map((h) => marker(h.body))
  } catch {
    return [] // killed before it printed
  }
}
const resume = (dir: string, session: string): string[] => [
  'handoff',
  'resume',
  '--all',
  '--json',
  '--max-chars',
  '100000000',
  '--dir',
  dir,
  '--session',
  session
]

describe('without hard links (item 7a)', () => {
  // .ci/run installs the tools, so in CI a skip would hide a proof that did not run.
  it.runIf(process.env.CI === 'true')('has an exFAT mount to test on in CI', () => {
    expect(tools, 'needs root, exfatprogs, exfat-fuse and a loop device').toBe(true)
  })
  it.skipIf(!tools)('claims each note exactly once across 4 concurrent resumers on exFAT', async () => {
    const home = mkdtempSync(join(mount, 'home-'))
    const dir = join(home, 'handoffs')
    for (let i = 0; i < 12; i++)
      expect(
        runCliSync(['handoff', 'write', '--slug', `f${i}`, '--dir', dir], {env: cliEnv(home), input: body(`fat-${i}`)})
          .code
      ).toBe(0)
    const runs = await Promise.all(Array.from({length: 4}, (_, i) => runCli(resume(dir, `r${i}`), {env: cliEnv(home)})))
    for (const r of runs) expect(r.code, r.stderr).toBe(0)
    const got = runs.flatMap((r) => delivered(r.stdout))
    expect([got.length, new Set(got).size]).toEqual([12, 12])
    expect(mdFiles(dir).every((f) => f.endsWith('_done.md'))).toBe(true)
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([])
    console.info(
      `[figures] exFAT, 12 notes, 4 resumers: ${new Set(got).size}/12 delivered, ${got.length - new Set(got).size} ` +
        `twice`
    )
  })

  it.skipIf(!tools)(
    'puts back the claims of resumers SIGKILLed at random moments on exFAT, leaving no empty placeholder',
    async () => {
      const home = mkdtempSync(join(mount, 'home-'))
      const dir = join(home, 'handoffs')
      for (let i = 0; i < 16; i++)
        runCliSync(['handoff', 'write', '--slug', `k${i}`, '--dir', dir], {
          env: cliEnv(home),
          input: body(`kill-${i}`, 'q'.repeat(100_000))
        })
      // A claimer killed between reserving `_done` and writing it: its hold and an empty placeholder.
      const [first] = mdFiles(dir)
      renameSync(
        join(dir, first!),
        join(
          dir,
          claimName(first!, {...selfHolder(), pid: spawnSync(process.execPath, ['-e', '0']).pid!, start: 0}, 'dead')
        )
      )
      writeFileSync(join(dir, doneName(first!)), '')
      const runs = await Promise.all(
        Array.from({length: 6}, (_, i) =>
          runCli(resume(dir, `k${i}`), {env: cliEnv(home), killAfterMs: 80 + Math.floor(Math.random() * 800)})
        )
      )
      const seen = new Set(runs.flatMap((r) => delivered(r.stdout)))
      const clean = runCliSync(['handoff', 'clean', '--dir', dir, '--json'], {env: cliEnv(home)})
      expect(clean.code, clean.stderr).toBe(0)
      const last = runCliSync(resume(dir, 'final'), {env: cliEnv(home)})
      expect(last.code, last.stderr).toBe(0)
      for (const m of delivered(last.stdout)) seen.add(m)
      expect(Array.from({length: 16}, (_, i) => `kill-${i}`).filter((m) => !seen.has(m))).toEqual([])
      const files = mdFiles(dir)
      expect(files.every((f) => f.endsWith('_done.md'))).toBe(true)
      // whole, no empty placeholder
      expect(new Set(files.map((f) => marker(readFileSync(join(dir, f), 'utf8')))).size).toBe(files.length)
      expect(files).toHaveLength(16)
      expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([])
      console.info(
        `[figures] exFAT, 16 notes, 6 resumers, ${runs.filter((r) => r.signal).length} SIGKILLed: 16/16 delivered ` +
          `after clean and a final resume`
      )
    }
  )

  it.skipIf(!tools)('imports the legacy file on exFAT and keeps it as .imported', () => {
    const home = mkdtempSync(join(mount, 'home-'))
    const claude = join(home, '.claude')
    mkdirSync(claude)
    writeFileSync(join(claude, 'context-handoff.md'), body('legacy-1'))
    const r = runCliSync(resume(join(claude, 'handoffs'), 's'), {env: cliEnv(home)})
    expect(r.code, r.stderr).toBe(0)
    expect(delivered(r.stdout)).toEqual(['legacy-1'])
    expect(readdirSync(claude).filter((n) => n.startsWith('context-handoff'))).toEqual(['context-handoff.md.imported'])
  })
})

describe('the legacy import under SIGKILL (item 7b)', () => {
  it('never loses the legacy note when importers are killed at random moments', async () => {
    const home = tempDir()
    const claude = join(home, '.claude')
    const dir = join(claude, 'handoffs')
    mkdirSync(claude, {recursive: true})
    const legacy = join(claude, 'context-handoff.md')
    const written: string[] = []
    const seen: string[] = []
    let killed = 0
    let orphans = 0
    for (let i = 0; i < 30; i++) {
      if (!existsSync(legacy)) {
        writeFileSync(legacy, body(`legacy-${i}`, 'l'.repeat(2_000_000)))
        written.push(`legacy-${i}`)
      }
      const runs = await Promise.all(
        [0, 1].map((k) =>
          runCli(resume(dir, `s${i}-${k}`), {env: cliEnv(home), killAfterMs: 30 + Math.floor(Math.random() * 500)})
        )
      )
      killed += runs.filter((r) => r.signal === 'SIGKILL').length
      for (const r of runs) seen.push(...delivered(r.stdout))
      orphans += readdirSync(claude).filter((n) => n.startsWith('context-handoff.md.importing-')).length
    }
    // Afterwards: clean finishes what killed importers left, and a last resume delivers the rest.
    const clean = runCliSync(['handoff', 'clean', '--dir', dir, '--json'], {env: cliEnv(home)})
    expect(clean.code, clean.stderr).toBe(0)
    expect(readdirSync(claude).filter((n) => n.startsWith('context-handoff.md.importing-'))).toEqual([])
    const last = runCliSync(resume(dir, 'final'), {env: cliEnv(home)})
    expect(last.code, last.stderr).toBe(0)
    seen.push(...delivered(last.stdout))
    expect(written.filter((m) => !seen.includes(m))).toEqual([])
    // None imported twice: each legacy note is in exactly one handoff file.
    const onDisk = mdFiles(dir).map((f) => marker(readFileSync(join(dir, f), 'utf8')))
    expect(onDisk.sort()).toEqual([...written].sort())
    console.info(
      `[figures] legacy import, ${written.length} legacy notes, ${killed} importers SIGKILLed, ${orphans} ` +
        `interrupted imports seen: ${new Set(seen).size}/${written.length} ` +
        `delivered, ${onDisk.length - new Set(onDisk).size} imported twice`
    )
  })

  it('finishes an import killed after it published, without a second copy', () => {
    const home = tempDir()
    const claude = join(home, '.claude')
    const dir = join(claude, 'handoffs')
    mkdirSync(dir, {recursive: true})
    const dead = {...selfHolder(), pid: spawnSync(process.execPath, ['-e', '0']).pid!, start: 0}
    // The killed importer had renamed the legacy file and published it (token t0k3n), but not yet archived it.
    writeFileSync(join(claude, `context-handoff.md.${importingName(dead, 't0k3n')}`), body('legacy-9'))
    writeFileSync(
      join(dir, '2026-11-21_091522_legacy-context-handoff.md'),
      `---\nbaton: 1\nlegacyImport: import-t0k3n\n---\n\n${body('legacy-9')}`
    )
    const clean = runCliSync(['handoff', 'clean', '--dir', dir, '--json'], {env: cliEnv(home)})
    expect(JSON.parse(clean.stdout).imported).toEqual([join(dir, '2026-11-21_091522_legacy-context-handoff.md')])
    expect(
      readdirSync(claude)
        .filter((n) => n.startsWith('context-handoff'))
        .sort()
    ).toEqual(['context-handoff.md.imported'])
    expect(mdFiles(dir)).toEqual(['2026-11-21_091522_legacy-context-handoff.md'])
    // One whose importer died before publishing is published now, once.
    writeFileSync(join(claude, `context-handoff.md.${importingName(dead, 'other1')}`), body('legacy-10'))
    const r = runCliSync(resume(dir, 's'), {env: cliEnv(home)})
    expect(delivered(r.stdout).sort()).toEqual(['legacy-10', 'legacy-9'])
    expect(
      readdirSync(claude)
        .filter((n) => n.startsWith('context-handoff'))
        .sort()
    ).toEqual(['context-handoff.md.imported', 'context-handoff.md.imported-2'])
  })
})
