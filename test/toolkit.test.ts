/** The io toolkit's small things, each written once: first free name, file errors, project membership. */
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {cliEnv, tempDir} from './helpers.ts'
import {BatonError} from '../src/core/errors.ts'
import {candidateName, claimName, formatStamp} from '../src/core/names.ts'
import {belongsTo} from '../src/core/handoff-meta.ts'
import {firstFree} from '../src/io/toolkit/free-name.ts'
import {fileError} from '../src/io/toolkit/errors.ts'
import {selfHolder} from '../src/io/toolkit/proc.ts'
import {sweepLitter} from '../src/io/handoff/clean.ts'
import {resumeHandoffs} from '../src/io/handoff/resume.ts'
import {countPending} from '../src/hooks/_pending.ts'
import {hookContext} from '../src/hooks/_context.ts'

const taken = (): never => {
  throw Object.assign(new Error('taken'), {code: 'EEXIST'})
}

describe('first free name', () => {
  it('tries names in order, skips the ones said taken, and returns what the first free one gave', () => {
    const tried: string[] = []
    const got = firstFree(
      (n) => `x-${n}`,
      (name) => {
        tried.push(name)
        return name === 'x-4' ? 'ok' : taken()
      },
      {dir: '/d', skip: (name) => name === 'x-2'}
    )
    expect(got).toBe('ok')
    expect(tried).toEqual(['x-1', 'x-3', 'x-4'])
  })

  it('ends with one clear EFULL BatonError naming the folder when every name is taken', () => {
    let error: unknown
    try {
      firstFree((n) => `x-${n}`, taken, {dir: '/some/dir', attempts: 5})
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BatonError)
    expect((error as BatonError).code).toBe('EFULL')
    expect((error as BatonError).file).toBe('/some/dir')
    expect((error as BatonError).message).toContain('5 names like x-1')
    expect((error as BatonError).hint).toMatch(/move old files out of \/some\/dir/)
  })

  it('throws any other error as it is', () => {
    const boom = Object.assign(new Error('no'), {code: 'EACCES'})
    expect(() =>
      firstFree(
        (n) => `${n}`,
        () => {
          throw boom
        },
        {dir: '/d'}
      )
    ).toThrow(boom)
  })

  it("keeps a dead claimer's note when every pending name is taken (it was deleted), and says why", () => {
    const dir = tempDir()
    const stamp = formatStamp(new Date())
    for (let n = 1; n < 1000; n++) {
      writeFileSync(join(dir, candidateName(stamp, 'full', n)), `---\nbaton: 1\n---\nother ${n}\n`)
    }
    const dead = {...selfHolder(), pid: spawnSync(process.execPath, ['-e', '0']).pid!, start: 0}
    const hold = claimName(candidateName(stamp, 'full', 1), dead, 'dead')
    writeFileSync(join(dir, hold), '---\nbaton: 1\n---\nTHE-HELD-NOTE\n')
    const result = sweepLitter(dir, new Date())
    const texts = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'))
    expect(texts.filter((t) => t.includes('THE-HELD-NOTE'))).toHaveLength(1)
    expect(result.warnings.join('\n')).toMatch(/no free file name left/)
  })
})

describe('file errors', () => {
  const io = (code: string): Error => Object.assign(new Error(`${code}: oops`), {code})

  it('never tells a failed read to check that the file is writable', () => {
    for (const code of ['EIO', 'EACCES', 'EPERM', 'ENOTDIR', 'EISDIR', 'ELOOP']) {
      const e = fileError(io(code), 'read', '/x/MEMORY.md')
      expect(e.hint, code).not.toMatch(/writ/)
      expect(e.message).toContain('cannot read /x/MEMORY.md')
    }
    expect(fileError(io('EACCES'), 'read', '/x/a.md').hint).toContain('sudo chown')
    expect(fileError(io('EIO'), 'read the handoff directory', '/h').hint).toMatch(/readable/)
  })

  it('gives write hints to a write, with the way out when there is one', () => {
    expect(fileError(io('EIO'), 'write', '/x/f').hint).toMatch(/writable/)
    const elsewhere = {elsewhere: 'BATON_HANDOFF_DIR / --dir'}
    expect(fileError(io('EROFS'), 'write to the handoff directory', '/h', elsewhere).hint).toMatch(
      /read-only file system; point BATON_HANDOFF_DIR/
    )
    expect(fileError(io('EEXIST'), 'create the memory namespace', '/m').code).toBe('ENOTDIR')
  })
})

describe('project membership', () => {
  it('is one rule: a handoff is for the project it names, or for any when it names none', () => {
    expect(belongsTo({project: '/a'}, '/a')).toBe(true)
    expect(belongsTo({project: '/b'}, '/a')).toBe(false)
    expect(belongsTo({}, '/a')).toBe(true)
    expect(belongsTo({project: ''}, '/a')).toBe(true)
    expect(belongsTo({project: 123 as unknown as string}, '/a')).toBe(true) // not a path: names no project
  })

  it(
    'the SessionStart count and resume agree on a handoff ' + 'whose project is not a path (was: count 0, resume 1)',
    async () => {
      const home = tempDir()
      const dir = join(home, 'handoffs')
      const cwd = tempDir()
      const now = new Date()
      spawnSync('mkdir', ['-p', dir])
      const note = (project: string): string => `---\nbaton: 1\nproject: ${project}\n---\n## Session summary\nX\n`
      writeFileSync(join(dir, candidateName(formatStamp(now), 'num', 1)), note('123'))
      writeFileSync(join(dir, candidateName(formatStamp(now), 'other', 1)), note('/elsewhere'))
      const {here: counted} = await countPending(hookContext('SessionStart', {cwd}, cliEnv(home)), dir)
      const resumed = await resumeHandoffs({dir, home, cwd, now, legacy: false})
      resumed.release()
      expect(resumed.pendingElsewhere).toBe(1)
      expect(counted).toBe(resumed.shown.length)
      expect(counted).toBe(1)
    }
  )
})
