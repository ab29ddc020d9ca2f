/**
 * What a hostile remote can do, and what a push carries (design.md §14):
 * files from the remote are data (no link, gitlink, filter, hook or submodule
 * runs or is materialised); a remote on a path, whose server side git runs
 * here under the remote's own config, runs no program that config names
 * (sync init, sync and SessionStart's claim push refuse it; the server side
 * runs with those keys pinned); a commit holding a path git refuses to check
 * out (`.git/config`, a `.gitmodules` with a hostile URL) does not stop sync
 * (no history is rewritten); and every push is redacted.
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
import {body, tempDir} from './helpers.ts'
import {delivered, drain, ok, pendingNames, remoteTree, sessionStart, sh, world, write} from './sync-world.ts'
import {serverCommand} from '../src/io/handoff/sync/git.ts'
import {parseScopedConfig, unvettedKeys} from '../src/core/remote-config.ts'

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

/** A script that leaves `trap/PWNED_<name>` behind when anything runs it. */
function trapScript(trap: string, name: string): string {
  const path = join(trap, '..', `run-${name}.sh`)
  writeFileSync(path, `#!/bin/sh\ntouch ${trap}/PWNED_${name}\nexit 0\n`)
  chmodSync(path, 0o755)
  return path
}

/**
 * Arms the git directory `repo` as an attacker who can write to it would:
 * config keys that make git run a program while it serves a fetch or push
 * there, hooks in its own hooks directory, and an alternates file.
 */
function armRemote(repo: string, trap: string): void {
  mkdirSync(trap, {recursive: true})
  const set = (key: string, value: string): string => sh(repo, 'config', '--file', join(repo, 'config'), key, value)
  const hooks = join(trap, '..', 'evil-hooks')
  for (const h of ['pre-receive', 'update', 'post-receive', 'post-update', 'reference-transaction', 'pre-auto-gc']) {
    for (const dir of [hooks, join(repo, 'hooks')]) {
      mkdirSync(dir, {recursive: true})
      writeFileSync(join(dir, h), `#!/bin/sh\ntouch ${trap}/PWNED_HOOK_${h}\n`)
      chmodSync(join(dir, h), 0o755)
    }
  }
  set('core.hooksPath', hooks)
  const alt = join(trap, '..', 'alt.git')
  if (!existsSync(alt)) sh(trap, 'init', '-q', '--bare', alt)
  mkdirSync(join(repo, 'objects', 'info'), {recursive: true})
  writeFileSync(join(repo, 'objects', 'info', 'alternates'), `${join(alt, 'objects')}\n`)
  set('core.alternateRefsCommand', trapScript(trap, 'ALTREFS'))
  set('core.fsmonitor', trapScript(trap, 'FSMONITOR'))
  set('uploadpack.packObjectsHook', trapScript(trap, 'PACKHOOK'))
  set('receive.autogc', 'true')
  set('gc.auto', '1')
  set('gpg.program', trapScript(trap, 'GPG'))
  set('receive.certNonceSeed', 'x')
  set('filter.evil.smudge', trapScript(trap, 'SMUDGE'))
  set('filter.evil.clean', 'cat')
  set('remote.evil.url', join(trap, '..', 'nowhere.git'))
  set('remote.evil.uploadpack', trapScript(trap, 'UPLOADPACK'))
  set('maintenance.prefetch.enabled', 'true')
  mkdirSync(join(repo, 'info'), {recursive: true})
  writeFileSync(join(repo, 'info', 'attributes'), '* filter=evil\n')
}

describe('sync: a remote on a path whose config names programs', () => {
  it('sync init, sync and SessionStart refuse it: no program it names runs', async () => {
    const {root, remote, a, b} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await write(a, 'before-armed')
    await ok(a, ['sync'])
    await ok(b, ['sync']) // B now holds A's note, synced
    await write(a, 'to-push')
    const trap = join(root, 'trap')
    armRemote(remote, trap)

    const s = await a.run(['sync'])
    expect(pwned(root)).toEqual([])
    expect(s.code).toBe(1)
    expect(s.stderr).toMatch(/is a path, so git would serve it here under its own config/)
    expect(s.stderr).toMatch(/core\.alternaterefscommand/)
    expect(s.stderr).toMatch(/what to do:/)
    expect(remoteTree(remote).some((p) => p.endsWith('_to-push.md'))).toBe(false)

    const start = sessionStart(b) // would push a claim
    expect(start.code).toBe(0)
    expect(JSON.stringify(start.out)).toContain('stay pending')
    expect(JSON.stringify(start.out)).not.toContain('end=before-armed')

    const c = world()
    const init = await c.a.run(['sync', 'init', remote])
    expect(init.code).toBe(1)
    expect(init.stderr).toMatch(/does not let stand/)
    expect(existsSync(join(c.a.handoffs, '.git'))).toBe(false)
    const url = await c.b.run(['sync', 'init', `file://${remote}`])
    expect(url.code).toBe(1)
    expect(url.stderr).toMatch(/does not let stand/)

    expect(pwned(root)).toEqual([])
  })

  it('the server side git runs for a path remote has every key that would run a program pinned', () => {
    const root = tempDir('baton-pins-')
    const trap = join(root, 'trap')
    const bare = join(root, 'bare.git')
    sh(root, 'init', '-q', '--bare', '-b', 'main', bare)
    // A non-bare remote that checks pushes out (updateInstead): its filters would run.
    const worktree = join(root, 'worktree')
    sh(root, 'init', '-q', '-b', 'main', worktree)
    sh(worktree, 'config', 'receive.denyCurrentBranch', 'updateInstead')
    const client = join(root, 'client')
    sh(root, 'init', '-q', '-b', 'main', client)
    writeFileSync(join(client, 'a.md'), 'a\n')
    sh(client, 'add', 'a.md')
    sh(client, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'a')
    armRemote(bare, trap)
    armRemote(join(worktree, '.git'), trap)
    const push = (repo: string, command: string): void =>
      void spawnSync('git', ['-C', client, 'push', '-q', `--receive-pack=${command}`, repo, 'HEAD:main'])
    const fetch = (repo: string, command: string): void =>
      void spawnSync('git', ['-C', client, 'fetch', '-q', `--upload-pack=${command}`, repo, 'main'])
    for (const repo of [bare, worktree]) {
      push(repo, serverCommand('receive'))
      fetch(repo, serverCommand('upload'))
    }
    expect(pwned(root)).toEqual([])
    expect(remoteTree(bare)).toEqual(['a.md']) // the push did land
    // The trap is live: with only hooks off, as before, the remote's config runs its programs.
    push(bare, 'git -c core.hooksPath=/dev/null receive-pack')
    push(worktree, 'git -c core.hooksPath=/dev/null receive-pack')
    const ran = pwned(root).map((p) => p.slice(trap.length + 1))
    console.info(`[figures] a path remote served with hooks off only ran: ${ran.join(', ')}`)
    expect(ran).toEqual(expect.arrayContaining(['PWNED_ALTREFS', 'PWNED_SMUDGE']))
  })
})

describe('sync: a remote commit holding a path git refuses to check out', () => {
  it('.git/config, .GIT/hooks and a .gitmodules URL that fsck rejects: every machine keeps syncing', async () => {
    const {root, remote, a, b} = world()
    await ok(a, ['sync', 'init', remote])
    await write(a, 'before')
    await ok(a, ['sync'])
    // The attacker's commit, built with plumbing (a check-out of it is what fsck guards against).
    const evil = join(root, 'evil.git')
    sh(root, 'clone', '-q', '--bare', remote, evil)
    const g = (input: string, ...args: string[]): string => {
      const r = spawnSync('git', ['--git-dir', evil, ...args], {input, encoding: 'utf8'})
      if (r.status !== 0) throw new Error(r.stderr)
      return r.stdout.trim()
    }
    const config = g('[core]\n\tfsmonitor = touch PWNED\n', 'hash-object', '-w', '--stdin')
    const modules = g('[submodule "x"]\n\tpath = x\n\turl = -upload-pack=touch PWNED\n', 'hash-object', '-w', '--stdin')
    const dotgit = g(`100644 blob ${config}\tconfig\n`, 'mktree')
    const upper = g(`040000 tree ${dotgit}\thooks\n`, 'mktree')
    const top = g('', 'ls-tree', 'main')
    const tree = g(
      `${top}\n040000 tree ${dotgit}\t.git\n040000 tree ${upper}\t.GIT\n100644 blob ${modules}\t.gitmodules\n`,
      'mktree'
    )
    const commit = g('evil\n', '-c', 'user.name=x', '-c', 'user.email=x@x', 'commit-tree', tree, '-p', 'main')
    g('', 'push', '-q', remote, `${commit}:refs/heads/main`)
    expect(remoteTree(remote)).toContain('.git/config')

    await write(a, 'after')
    const s = await a.run(['sync', '--json'])
    expect(s.code, s.stderr).toBe(0)
    expect(JSON.parse(s.stdout).pushed).toHaveLength(1)
    await ok(b, ['sync', 'init', remote]) // a machine that fetches the whole history, that commit included
    expect(pendingNames(b)).toHaveLength(2)
    expect((await drain(b)).sort()).toEqual(['after', 'before'])
    await ok(b, ['sync']) // its claims pushed on top of a tip that still holds those paths
    const status = await ok(b, ['sync', 'status'])
    expect(status.stdout).toMatch(/warning: +the remote holds 2 path\(s\) git would refuse to check out/)
    expect(status.stdout).toContain('(.GIT/hooks/config, .git/config)')
    expect(readdirSync(b.handoffs).filter((n) => !/^\d{4}-/.test(n))).toEqual(['.git'])
    expect(pwned(root)).toEqual([])
  })
})

describe('sync: the config of a path remote made the usual ways passes', () => {
  it('git init --bare --shared, clone --bare, clone --mirror, a sha256 repository', () => {
    const root = tempDir('baton-plain-')
    sh(root, 'init', '-q', '--bare', '--shared=group', 'shared.git')
    sh(root, 'clone', '-q', '--bare', 'shared.git', 'bare.git')
    sh(root, 'clone', '-q', '--mirror', 'shared.git', 'mirror.git')
    sh(root, 'init', '-q', '--bare', '--object-format=sha256', 'sha256.git')
    for (const repo of ['shared.git', 'bare.git', 'mirror.git', 'sha256.git']) {
      const listing = sh(root, '--git-dir', join(root, repo), 'config', '--list', '-z', '--show-scope')
      expect([repo, unvettedKeys(parseScopedConfig(listing))]).toEqual([repo, []])
    }
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
