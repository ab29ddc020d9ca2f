/** `baton index add` and `baton lock-write`, run as real processes. */
import {describe, expect, it} from 'vitest'
import {createHash} from 'node:crypto'
import {existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import {CLI, cliEnv, runCli, runCliSync, tempDir} from './helpers.ts'

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')

describe('baton index add', () => {
  it('creates the index and its folder, then upserts by link target', () => {
    const home = tempDir()
    const env = cliEnv(home)
    const index = join(home, 'skills', '_index.md')
    expect(runCliSync(['index', 'add', index, '--entry', '- [A](a/SKILL.md) — first'], {env}).stdout).toMatch(
      /^added a\/SKILL\.md/
    )
    expect(runCliSync(['index', 'add', index, '--entry', '- [A](a/SKILL.md) — better'], {env}).stdout).toMatch(
      /^replaced/
    )
    expect(runCliSync(['index', 'add', index, '--entry', '- [A](a/SKILL.md) — better'], {env}).stdout).toMatch(
      /^unchanged/
    )
    expect(readFileSync(index, 'utf8')).toBe('- [A](a/SKILL.md) — better\n')
  })

  it('matches on --key and prints stable JSON', () => {
    const home = tempDir()
    const env = cliEnv(home)
    const index = join(home, 'idx.md')
    writeFileSync(index, '# Index\n\n- deploy: old\n')
    const r = runCliSync(['index', 'add', index, '--entry', 'deploy: new', '--key', 'deploy', '--json'], {env})
    expect(JSON.parse(r.stdout)).toEqual({path: index, action: 'replaced', key: 'deploy', line: 3})
    expect(readFileSync(index, 'utf8')).toBe('# Index\n\n- deploy: new\n')
  })

  it(
    'replaces only the entry line, never prose, a table row, ' + 'a quote or a fenced example that links the same file',
    () => {
      const home = tempDir()
      const env = cliEnv(home)
      const index = join(home, 'skills', '_index.md')
      mkdirSync(join(home, 'skills'))
      const text = [
        '# Skills',
        '',
        'See [Build](build.md) for how we build.',
        '',
        '| skill | file |',
        '| --- | --- |',
        '| Build | [Build](build.md) |',
        '',
        '> - [Build](build.md) — a quoted entry',
        '',
        '```md',
        '- [Build](build.md) — an example entry',
        '```',
        '',
        '- [Build](build.md) — the real entry',
        ''
      ].join('\n')
      writeFileSync(index, text)
      const r = runCliSync(['index', 'add', index, '--entry', '- [Build](build.md) — new summary'], {env})
      expect(r.stdout).toBe(`replaced build.md at ${index}:15\n`)
      expect(readFileSync(index, 'utf8')).toBe(text.replace('— the real entry', '— new summary'))
    }
  )

  it('is idempotent with --key naming the entry by its link text: three calls, one line', () => {
    const home = tempDir()
    const env = cliEnv(home)
    const index = join(home, 'idx.md')
    writeFileSync(index, '# Index\n')
    const actions = [1, 2, 3].map(
      () =>
        runCliSync(['index', 'add', index, '--entry', '- [Build tool](build-tool.md) — x', '--key', 'Build tool'], {
          env
        }).stdout.split(' ')[0]
    )
    expect(actions).toEqual(['added', 'unchanged', 'unchanged'])
    expect(readFileSync(index, 'utf8')).toBe('# Index\n- [Build tool](build-tool.md) — x\n')
  })

  it('refuses an index that is not valid UTF-8, with the byte offset, and leaves it as it was', () => {
    const home = tempDir()
    const index = join(home, 'idx.md')
    const bytes = Buffer.concat([Buffer.from('- [A](a.md) — caf'), Buffer.from([0xe9]), Buffer.from('\n')])
    writeFileSync(index, bytes)
    const r = runCliSync(['index', 'add', index, '--entry', '- [B](b.md)'], {env: cliEnv(home)})
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('is not valid UTF-8: byte offset 19 (line 1) holds 0xe9 0x0a')
    expect(readFileSync(index).equals(bytes)).toBe(true)
  })

  it('updates a symlinked index where it lives and keeps the link', () => {
    const home = tempDir()
    const real = join(home, 'dotfiles', '_index.md')
    mkdirSync(join(home, 'dotfiles'))
    mkdirSync(join(home, 'skills'))
    writeFileSync(real, '- [A](a.md) — a\n')
    const link = join(home, 'skills', '_index.md')
    symlinkSync(real, link)
    const r = runCliSync(['index', 'add', link, '--entry', '- [B](b.md) — b'], {env: cliEnv(home)})
    expect(r.code, r.stderr).toBe(0)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(real, 'utf8')).toBe('- [A](a.md) — a\n- [B](b.md) — b\n')
  })

  it('refuses an entry without a link or --key with exit 1 and an example', () => {
    const home = tempDir()
    const r = runCliSync(['index', 'add', join(home, 'i.md'), '--entry', 'just words'], {env: cliEnv(home)})
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/--entry '- \[Build\]\(build\.md\)/)
    expect(existsSync(join(home, 'i.md'))).toBe(false)
  })

  it('is a usage error (exit 2) without --entry', () => {
    const home = tempDir()
    expect(runCliSync(['index', 'add', join(home, 'i.md')], {env: cliEnv(home)}).code).toBe(2)
  })
})

describe('baton lock-write', () => {
  it('writes stdin to the target atomically and prints its sha256', () => {
    const home = tempDir()
    const target = join(home, 'shared', 'notes.md')
    const r = runCliSync(['lock-write', target], {env: cliEnv(home), input: 'hello\n'})
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout.trim()).toBe(`${target} ${sha('hello\n')}`)
    expect(readFileSync(target, 'utf8')).toBe('hello\n')
  })

  it('refuses with exit 1, and writes nothing, when the file changed since the caller read it', () => {
    const home = tempDir()
    const target = join(home, 'notes.md')
    writeFileSync(target, 'v1\n')
    const readHash = sha('v1\n')
    writeFileSync(target, 'v2 by someone else\n')
    const r = runCliSync(['lock-write', target, '--expect-sha256', readHash], {env: cliEnv(home), input: 'my v2\n'})
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/changed since you read it/)
    expect(r.stderr).toContain(`--expect-sha256 ${sha('v2 by someone else\n')}`)
    expect(readFileSync(target, 'utf8')).toBe('v2 by someone else\n')
  })

  it('writes stdin byte for byte, invalid UTF-8 included, and hashes the bytes', () => {
    const home = tempDir()
    const target = join(home, 'bin.md')
    const bytes = Buffer.from([0x61, 0xff, 0xfe, 0x0a])
    writeFileSync(target, bytes)
    const hash = createHash('sha256').update(bytes).digest('hex')
    const child = spawnSync(process.execPath, [CLI, 'lock-write', target, '--expect-sha256', hash], {
      env: cliEnv(home),
      input: Buffer.from([0xc3, 0x28, 0x0a])
    })
    expect(child.status, child.stderr.toString()).toBe(0)
    expect(readFileSync(target).equals(Buffer.from([0xc3, 0x28, 0x0a]))).toBe(true)
  })

  it(
    'loses no line when 8 processes append through read, ' +
      'hash and lock-write --expect-sha256, retrying on conflict',
    async () => {
      const home = tempDir()
      const env = cliEnv(home)
      const target = join(home, 'shared.md')
      mkdirSync(home, {recursive: true})
      writeFileSync(target, '')
      let conflicts = 0
      await Promise.all(
        Array.from({length: 8}, async (_, w) => {
          for (let attempt = 0; attempt < 200; attempt++) {
            const current = readFileSync(target, 'utf8')
            const r = await runCli(['lock-write', target, '--expect-sha256', sha(current)], {
              env,
              input: `${current}line ${w}\n`
            })
            if (r.code === 0) return
            expect(r.stderr).toMatch(/changed since you read it/)
            conflicts++
          }
          throw new Error(`writer ${w} never got through`)
        })
      )
      const lines = readFileSync(target, 'utf8').trim().split('\n')
      expect(lines.sort()).toEqual(Array.from({length: 8}, (_, w) => `line ${w}`).sort())
      console.info(
        `[figures] 8 optimistic lock-write appenders: ${conflicts} conflicts refused loudly and retried, 8/8 lines kept`
      )
    }
  )
})
