/**
 * What a hostile remote can do, and what a push carries (design.md §14):
 * files from the remote are data (no link, gitlink, filter, hook or submodule
 * runs or is materialised), and every push is redacted.
 */
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {join} from 'node:path'
import {corpus} from './redact-corpus.ts'
import {body} from './helpers.ts'
import {delivered, ok, pendingNames, sh, world} from './sync-world.ts'

/** Every file under `dir` whose name starts with PWNED. */
function pwned(dir: string): string[] {
  const found: string[] = []
  const walk = (d: string): void => {
    let names: string[] = []
    try {
      names = readdirSync(d)
    } catch {
      return
    }
    for (const n of names) {
      const p = join(d, n)
      if (n.startsWith('PWNED')) found.push(p)
      if (lstatSync(p).isDirectory()) walk(p)
    }
  }
  walk(dir)
  return found
}

describe('sync: a hostile remote', () => {
  it('links, gitlinks, directories, filters, hooks, submodules and ---js front matter run nothing', async () => {
    const {root, remote, b} = world()
    await ok(b, ['sync', 'init', remote])
    const trap = join(root, 'trap')
    // B's own git config asks for a filter and hooks: a checkout or ref update that honoured them would run code.
    const hooks = join(root, 'hooks')
    mkdirSync(hooks)
    for (const h of ['post-checkout', 'post-merge', 'reference-transaction', 'pre-push', 'post-rewrite']) {
      writeFileSync(join(hooks, h), `#!/bin/sh\ntouch ${trap}/PWNED_HOOK_${h}\n`)
      chmodSync(join(hooks, h), 0o755)
    }
    mkdirSync(trap)
    writeFileSync(
      join(b.home, '.gitconfig'),
      `[core]\n\thooksPath = ${hooks}\n[filter "evil"]\n\tsmudge = touch ${trap}/PWNED_FILTER\n` +
        `\tclean = touch ${trap}/PWNED_CLEAN\n\tprocess = touch ${trap}/PWNED_PROCESS\n\trequired = true\n`
    )
    // The attacker's clone.
    const evil = join(root, 'evil')
    sh(root, 'clone', '-q', remote, evil)
    const g = (...args: string[]): string => sh(evil, '-c', 'user.name=x', '-c', 'user.email=x@x', ...args)
    writeFileSync(join(evil, '.gitattributes'), '* filter=evil\n')
    writeFileSync(
      join(evil, '.gitmodules'),
      `[submodule "x"]\n\tpath = x\n\turl = ext::sh -c touch% ${trap}/PWNED_SUB\n`
    )
    symlinkSync(join(root, 'secret.txt'), join(evil, '2026-01-01_000001_link.md'))
    writeFileSync(join(root, 'secret.txt'), 'SECRET-FILE-CONTENT\n')
    writeFileSync(
      join(evil, '2026-01-01_000002_js.md'),
      `---js\n{a: require('fs').writeFileSync('${trap}/PWNED_JS', '')}\n---\n${body('hostile-js')}`
    )
    mkdirSync(join(evil, '2026-01-01_000004_dir.md'))
    writeFileSync(join(evil, '2026-01-01_000004_dir.md', 'x'), 'x')
    mkdirSync(join(evil, 'claims', '2026-01-01_000002_js.md'), {recursive: true})
    symlinkSync('/etc/passwd', join(evil, 'claims', '2026-01-01_000002_js.md', 'evil-1'))
    g('add', '-A')
    g('update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},2026-01-01_000003_sub.md`)
    g('commit', '-q', '-m', 'hostile')
    g('push', '-q', 'origin', 'HEAD:main')

    const s = await ok(b, ['sync', '--json'])
    expect(JSON.parse(s.stdout).materialised).toEqual(['2026-01-01_000002_js.md'])
    const names = readdirSync(b.handoffs).filter((n) => n !== '.git')
    expect(names).toEqual(['2026-01-01_000002_js.md'])
    expect(lstatSync(join(b.handoffs, names[0]!)).isFile()).toBe(true)
    const r = await ok(b, ['handoff', 'resume', '--all'])
    expect(delivered(r.stdout)).toEqual(['hostile-js']) // delivered as text, never evaluated
    expect(r.stdout).not.toContain('SECRET-FILE-CONTENT')
    await ok(b, ['sync'])
    expect(pwned(root)).toEqual([])
    expect(existsSync(join(b.handoffs, 'x'))).toBe(false)
  })
})

describe('sync: redaction before push', () => {
  it('a credential in a note written with redaction off never reaches the remote', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    const fake = corpus().find((f) => f.kind === 'aws')!
    const w = await a.run(['handoff', 'write', '--slug', 'leaky'], {
      input: body('leaky', fake.line),
      env: {BATON_REDACT: '0'}
    })
    expect(w.code).toBe(0)
    expect(readFileSync(w.stdout.trim(), 'utf8')).toContain(fake.secret) // the user's choice, on this machine
    const s = await ok(a, ['sync'])
    expect(s.stdout).toMatch(/credential\(s\) redacted before the push/)
    const blobs = spawnSync('git', ['--git-dir', remote, 'log', '-p', '--all'], {encoding: 'utf8'}).stdout
    expect(blobs).toContain('[REDACTED:')
    expect(blobs).not.toContain(fake.secret)
    await ok(b, ['sync'])
    const [name] = pendingNames(b)
    expect(readFileSync(join(b.handoffs, name!), 'utf8')).not.toContain(fake.secret)
  })
})
