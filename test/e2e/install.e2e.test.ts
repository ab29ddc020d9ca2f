// Baton installed the way users install it: `claude plugin marketplace add` + `claude plugin install`
// from a directory (a contributor's clone, its node_modules linked to the dev tools) and from a git
// URL (served on 127.0.0.1), never with --plugin-dir. The install must find nothing to install: no
// package manager runs, nothing leaves loopback, the plugin cache stays small and holds no
// node_modules. Then /baton:handoff-write works from the installed copy: its context line runs (the
// plugin root may end in "/", so the line reads "//dist") and its Stop hook saves the note in the reply.

import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {lastPromptText} from './fake-api.js'
import {claudeVersion, marketplaceAdd, pluginInstall, pluginList, runClaude, type Sandbox} from './claude.js'
import {serveGitRepo} from './git-http.js'
import {followHandoffWrite, ROOT, TIMEOUT, useE2e} from './setup.js'

const e2e = useE2e('baton-e2e-install-')
const {api, sandbox} = e2e

const PACKAGE_MANAGERS = ['npm', 'npx', 'bun', 'bunx', 'pnpm', 'yarn']
const CACHE_LIMIT = 10 * 1024 * 1024

/** A PATH whose package managers only log that they were called, then fail. */
function packageManagerTrap(b: Sandbox): {path: string; calls: () => string[]} {
  const dir = path.join(b.root, 'trap')
  const log = path.join(b.root, 'package-manager-calls.log')
  fs.mkdirSync(dir)
  for (const name of PACKAGE_MANAGERS) {
    fs.writeFileSync(path.join(dir, name), `#!/bin/sh\necho "${name} $*" >> '${log}'\nexit 1\n`, {mode: 0o755})
  }
  return {
    path: `${dir}:${process.env.PATH ?? ''}`,
    calls: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [])
  }
}

function git(...args: string[]): void {
  const r = spawnSync('git', args, {encoding: 'utf8', env: {PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1'}})
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
}

/** Bytes of every regular file below `dir` (links not followed), and every folder named node_modules. */
function survey(dir: string): {bytes: number; nodeModules: string[]} {
  let bytes = 0
  const nodeModules: string[] = []
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, {withFileTypes: true})) {
      const p = path.join(d, e.name)
      if (e.name === 'node_modules') nodeModules.push(p)
      if (e.isDirectory()) walk(p)
      else if (e.isFile()) bytes += fs.statSync(p).size
    }
  }
  walk(dir)
  return {bytes, nodeModules}
}

type Source = 'directory' | 'git'

async function installAndSave(source: Source): Promise<void> {
  const b = sandbox()
  const trap = packageManagerTrap(b)
  const o = {home: b.home, apiPort: api.port, configDir: b.configDir, env: {PATH: trap.path}}
  let where: string
  let closeGit = async (): Promise<void> => {}
  if (source === 'directory') {
    // A contributor's clone after `npm test`: node_modules links to the dev tools outside it.
    where = path.join(b.root, 'baton')
    git('clone', '-q', ROOT, where)
    const tools = path.join(ROOT, 'node_modules')
    if (fs.existsSync(tools)) fs.symlinkSync(fs.realpathSync(tools), path.join(where, 'node_modules'))
  } else {
    const bare = path.join(b.root, 'baton.git')
    git('clone', '-q', '--bare', ROOT, bare)
    const served = await serveGitRepo(bare)
    closeGit = served.close
    where = served.url
  }
  try {
    const add = await marketplaceAdd(where, o)
    expect(add.code, add.stdout + add.stderr).toBe(0)
    const install = await pluginInstall('baton@baton-marketplace', o)
    expect(install.code, install.stdout + install.stderr).toBe(0)
  } finally {
    await closeGit()
  }
  expect(trap.calls()).toEqual([])
  const cache = survey(path.join(b.configDir, 'plugins', 'cache'))
  expect(cache.nodeModules).toEqual([])
  expect(cache.bytes).toBeGreaterThan(0)
  expect(cache.bytes).toBeLessThan(CACHE_LIMIT)
  const list = await pluginList(o, ['--json'])
  const baton = (JSON.parse(list.stdout) as Array<{id: string; enabled: boolean}>).find(
    (p) => p.id === 'baton@baton-marketplace'
  )
  expect(baton?.enabled).toBe(true)

  const note =
    `## Session summary\nInstalled from a marketplace: MARKER-${source}.\n\n## What changed\n- nothing\n\n` +
    `## What still needs work\n- nothing\n\n## Key decisions\n- none\n\n## Active context\nMARKER-${source}\n`
  api.setScript(followHandoffWrite(note))
  const before = api.messages().length
  const r = await runClaude({
    prompt: '/baton:handoff-write via-marketplace',
    cwd: b.project,
    home: b.home,
    apiPort: api.port,
    configDir: b.configDir,
    env: {PATH: trap.path}
  })
  expect(r.code, r.stderr).toBe(0)
  // The context `!` line of the installed copy ran, its root spelt with "//" where it ends in "/".
  expect(lastPromptText(api.messages()[before]?.body)).toContain('### Recent commits')
  expect(r.json!.permission_denials ?? []).toEqual([])
  const dir = path.join(b.configDir, 'handoffs')
  const saved = fs.readdirSync(dir).filter((n) => n.endsWith('_via-marketplace.md'))
  expect(saved).toHaveLength(1)
  expect(fs.readFileSync(path.join(dir, saved[0]!), 'utf8')).toContain(`MARKER-${source}`)
  expect(trap.calls()).toEqual([])
}

describe(`installed from a marketplace (Claude Code ${claudeVersion()})`, () => {
  test(
    'from a directory (a clone with node_modules linked): nothing to install, a small cache, the note saved',
    () => installAndSave('directory'),
    TIMEOUT
  )

  test('from a git URL: nothing to install, a small cache, the note saved', () => installAndSave('git'), TIMEOUT)
})
