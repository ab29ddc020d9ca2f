/**
 * The legacy import's recovery while a resumer claims the note it published:
 * the recoverer lists the folder, the note moves on (pending name → `_done`)
 * before it is read, and the recoverer must not take that for "never
 * published" and publish the legacy note a second time. The listing is made
 * stale on purpose (the module is mocked), which a real race does only now and
 * then (the SIGKILL survival test once imported a legacy note twice this way).
 */
import {mkdirSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import {describe, expect, it, vi} from 'vitest'
import {importingName} from '../src/core/names.ts'
import {selfHolder} from '../src/io/toolkit/proc.ts'
import {tempDir} from './helpers.ts'

const stale = vi.hoisted(() => ({names: undefined as string[] | undefined, dir: ''}))

vi.mock('../src/io/toolkit/folder.ts', async (original) => {
  const real = await original<typeof import('../src/io/toolkit/folder.ts')>()
  return {
    ...real,
    // One listing of the handoff folder as it was before the resumer's claim.
    namesIn: (dir: string): string[] => {
      if (stale.names !== undefined && dir === stale.dir) {
        const names = stale.names
        stale.names = undefined
        return names
      }
      return real.namesIn(dir)
    }
  }
})

describe('legacy import recovery while the published note is claimed', () => {
  it('finds the note under its new name and publishes no second copy', async () => {
    const {recoverImports} = await import('../src/io/handoff/legacy.ts')
    const home = tempDir()
    const dir = join(home, 'handoffs')
    mkdirSync(dir, {recursive: true})
    const dead = {...selfHolder(), pid: spawnSync(process.execPath, ['-e', '0']).pid!, start: 0}
    const text = '## Session summary\nlegacy-7\n'
    // A killed importer had published the note (token t0k3n) and not yet archived the legacy file ...
    writeFileSync(join(home, `context-handoff.md.${importingName(dead, 't0k3n')}`), text)
    // ... and a resumer has since claimed it.
    const done = '2026-11-21_091522_legacy-context-handoff_done.md'
    writeFileSync(
      join(dir, done),
      `---\nbaton: 1\nlegacyImport: import-t0k3n\nconsumed:\n  at: '2026-11-21T10:00:00.000Z'\n  by: s1\n---\n\n${text}`
    )
    stale.dir = dir
    stale.names = ['2026-11-21_091522_legacy-context-handoff.md']
    const found = await recoverImports(home, dir, new Date())
    expect(stale.names).toBeUndefined() // the stale listing was used
    expect(found).toEqual([join(dir, done)])
    expect(readdirSync(dir).filter((n) => n.endsWith('.md'))).toEqual([done])
    expect(readdirSync(home).filter((n) => n.startsWith('context-handoff'))).toEqual(['context-handoff.md.imported'])
  })
})
