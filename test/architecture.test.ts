/**
 * The layers of docs/design.md §11, checked on the import graph of `src/`:
 * `core` is pure, `io` never reaches up into `cli` or `hooks`, the two entry
 * points never import each other, an `io` wing imports only the toolkit, the
 * root's leaf modules and `core`, and nothing imports in a circle.
 */
import {describe, expect, it} from 'vitest'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {ROOT} from './helpers.ts'

const SRC = join(ROOT, 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

/**
 * Every module a file imports: static, type-only and dynamic `import()`, as paths under `src/`,
 * plus bare specifiers.
 */
function importsOf(file: string): {local: string[]; bare: string[]} {
  const text = readFileSync(file, 'utf8')
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'([^']+)'/g)].map((m) => m[1]!)
  const local = specs.filter((s) => s.startsWith('.')).map((s) => relative(SRC, resolve(dirname(file), s)))
  return {local, bare: specs.filter((s) => !s.startsWith('.'))}
}

const files = sourceFiles(SRC)
  .map((f) => relative(SRC, f))
  .sort()
const graph = new Map(files.map((f) => [f, importsOf(join(SRC, f))]))

/** `core`, `cli`, `hooks`, `io/toolkit`, `io/<wing>`, or `io` for the root modules. */
function layer(path: string): string {
  const [top, second] = path.split('/')
  if (top !== 'io') return top!
  return path.split('/').length > 2 ? `io/${second}` : 'io'
}

/** Root `io` modules that are leaves every wing may use. */
const ROOT_LEAVES = new Set(['io/paths.ts', 'io/config.ts'])

function allowed(from: string, to: string): boolean {
  const a = layer(from)
  const b = layer(to)
  if (b === 'core') return true
  if (a === 'core') return false
  if (a === 'io/toolkit') return b === 'io/toolkit' || to === 'io/paths.ts'
  if (a.startsWith('io/')) return b === a || b === 'io/toolkit' || ROOT_LEAVES.has(to)
  if (a === 'io') return b.startsWith('io')
  if (a === 'cli') return b === 'cli' || b.startsWith('io')
  if (a === 'hooks') return b === 'hooks' || b.startsWith('io')
  return false
}

describe('architecture', () => {
  it('has the layers and wings the design names', () => {
    expect([...new Set(files.map(layer))].sort()).toEqual([
      'cli',
      'core',
      'hooks',
      'io',
      'io/handoff',
      'io/memory',
      'io/session',
      'io/toolkit'
    ])
  })

  it('keeps core pure: no file system, no processes, no clock source of its own', () => {
    const impure = files
      .filter((f) => layer(f) === 'core')
      .flatMap((f) =>
        graph
          .get(f)!
          .bare.filter((s) => /^(?:node:)?(?:fs|fs\/promises|child_process|os|net|worker_threads)$/.test(s))
          .map((s) => `${f} -> ${s}`)
      )
    expect(impure).toEqual([])
  })

  it(
    'imports only downwards: io never into cli or hooks, cli and ' +
      'hooks never into each other, a wing never into a sibling wing',
    () => {
      const wrong = [...graph].flatMap(([from, {local}]) =>
        local.filter((to) => !allowed(from, to)).map((to) => `${from} -> ${to}`)
      )
      expect(wrong).toEqual([])
    }
  )

  it('has no import cycle', () => {
    const state = new Map<string, 'open' | 'done'>()
    const cycles: string[] = []
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '))
        return
      }
      state.set(file, 'open')
      for (const next of graph.get(file)?.local ?? []) visit(next, [...path, file])
      state.set(file, 'done')
    }
    for (const f of files) visit(f, [])
    expect(cycles).toEqual([])
  })

  it('resolves every local import to a file that exists', () => {
    const missing = [...graph].flatMap(([from, {local}]) =>
      local.filter((to) => !graph.has(to)).map((to) => `${from} -> ${to}`)
    )
    expect(missing).toEqual([])
  })
})
