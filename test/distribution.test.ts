/**
 * The shape that makes a plugin install install nothing (docs/design.md, "Distribution"):
 * Claude Code installs a plugin's packages only when its root holds package.json AND a
 * lockfile (2.1.197 runs `npm ci` in the plugin cache; newer versions plan from package.json's
 * dependency lists and the lockfile's packages). So the root has no lockfile and no dependency
 * list; the development tools live in tools/, installed outside the repository. The real
 * installs are proven in test/e2e/install.e2e.test.ts; this is the cheap check of the shape.
 */
import {describe, expect, it} from 'vitest'
import {execFileSync} from 'node:child_process'
import {existsSync, lstatSync, readdirSync, readFileSync, realpathSync} from 'node:fs'
import {join, relative} from 'node:path'
import matter from 'gray-matter'
import {ROOT} from './helpers.ts'

const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, file), 'utf8'))

/** Every lockfile name either Claude Code version looks for, and the ones it refuses. */
const LOCKFILES = ['bun.lock', 'bun.lockb', 'npm-shrinkwrap.json', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml']
const DEPENDENCY_LISTS = [
  'dependencies',
  'devDependencies',
  'optionalDependencies',
  'peerDependencies',
  'bundleDependencies',
  'bundledDependencies',
  'workspaces',
  'overrides'
]

describe('the repository root, as a plugin install sees it', () => {
  it('has package.json without any dependency list', () => {
    const pkg = json('package.json')
    expect(pkg.name).toBe('baton')
    expect(DEPENDENCY_LISTS.filter((key) => key in pkg)).toEqual([])
  })

  it('has no lockfile, tracked or lying around, and npm is told not to write one', () => {
    const tracked = execFileSync('git', ['ls-files', '--', ...LOCKFILES], {cwd: ROOT, encoding: 'utf8'}).trim()
    expect(tracked).toBe('')
    expect(LOCKFILES.filter((name) => existsSync(join(ROOT, name)))).toEqual([])
    expect(readFileSync(join(ROOT, '.npmrc'), 'utf8')).toMatch(/^package-lock=false$/m)
  })

  it('links node_modules, when present, to a folder outside the repository (never copied into a plugin cache)', () => {
    const link = join(ROOT, 'node_modules')
    if (!existsSync(link)) return
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(relative(realpathSync(ROOT), realpathSync(link)).startsWith('..')).toBe(true)
  })

  it('ignores node_modules in git as a link too (the pattern "node_modules/" matches only a folder)', () => {
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('node_modules')
  })

  it('has no node_modules folder in tools/ (a directory install would copy it)', () => {
    expect(existsSync(join(ROOT, 'tools', 'node_modules'))).toBe(false)
  })
})

describe('the development tools', () => {
  const tools = json('tools/package.json') as {devDependencies: Record<string, string>}
  const lock = json('tools/package-lock.json') as {packages: Record<string, {devDependencies?: object}>}

  it('are pinned in tools/package.json with a lockfile that matches it', () => {
    expect(lock.packages['']!.devDependencies).toEqual(tools.devDependencies)
  })

  it('hold two exact Claude Code versions: the floor and the newest', () => {
    expect(tools.devDependencies['claude-code-floor']).toMatch(/^npm:@anthropic-ai\/claude-code@\d+\.\d+\.\d+$/)
    expect(tools.devDependencies['@anthropic-ai/claude-code']).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

describe('commands', () => {
  const commands = readdirSync(join(ROOT, 'commands')).filter((f) => f.endsWith('.md'))

  it.each(commands)('%s allows the CLI under the plugin root spelt with and without a slash after it', (file) => {
    // A directory-marketplace install of 2.1.197 gives a root ending in "/": "${root}/dist" reads "…//dist",
    // and a model that writes "…/dist" must be allowed too.
    const allowed = String(matter(readFileSync(join(ROOT, 'commands', file), 'utf8')).data['allowed-tools'] ?? '')
    const rules = [...allowed.matchAll(/Bash\(([^)]*)\)/g)].map((m) => m[1]!)
    const withSlash = rules.filter((r) => r.includes('${CLAUDE_PLUGIN_ROOT}/dist/cli.js'))
    expect(withSlash.length).toBeGreaterThan(0)
    for (const rule of withSlash)
      expect(rules).toContain(rule.replace('${CLAUDE_PLUGIN_ROOT}/', '${CLAUDE_PLUGIN_ROOT}'))
  })
})
