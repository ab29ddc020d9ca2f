/** The spawn-free git reader agrees with the git binary, or declines. */
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {gitStateFast} from '../src/io/toolkit/git-fast.ts'
import {gitStateSlow} from '../src/io/toolkit/git.ts'

/** Compares the fields both readers produce; mainRoot is the fast reader's extra. */
const core = (s: ReturnType<typeof gitStateFast>) =>
  s && {root: s.root, inRepo: s.inRepo, branch: s.branch, commit: s.commit}
import {gitRepo, tempDir} from './helpers.ts'

const git = (cwd: string, ...args: string[]): void => {
  const r = spawnSync('git', args, {cwd, encoding: 'utf8'})
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
}

describe('reading .git without spawning git', () => {
  it(
    'agrees with git on a branch, in a subdirectory, ' + 'detached, after gc (packed refs), in a worktree and unborn',
    () => {
      const repo = gitRepo()
      mkdirSync(join(repo, 'sub', 'deeper'), {recursive: true})
      git(repo, 'checkout', '-q', '-b', 'feat/x')
      git(repo, 'commit', '-q', '--allow-empty', '-m', 'two')
      const cases: string[] = [repo, join(repo, 'sub', 'deeper')]
      const check = (): void => {
        for (const cwd of cases) {
          const fast = gitStateFast(cwd)
          expect(fast, cwd).toBeDefined()
          expect(core(fast)).toEqual(gitStateSlow(cwd))
        }
      }
      check()
      git(repo, 'gc', '-q')
      check()
      git(repo, 'checkout', '-q', '--detach')
      check()
      git(repo, 'checkout', '-q', 'feat/x')
      const wt = join(tempDir(), 'wt')
      git(repo, 'worktree', 'add', '-q', '-b', 'wt-branch', wt)
      cases.push(wt)
      check()
      expect(gitStateFast(wt)?.mainRoot).toBe(gitStateFast(repo)?.root)
      const unborn = tempDir()
      git(unborn, 'init', '-q', '-b', 'fresh')
      cases.push(unborn)
      check()
      expect(gitStateFast(unborn)).toMatchObject({branch: 'fresh', commit: ''})
    }
  )

  it('agrees outside a repository, and declines a .git file it cannot read', () => {
    const plain = tempDir()
    expect(core(gitStateFast(plain))).toEqual(gitStateSlow(plain))
    const odd = tempDir()
    writeFileSync(join(odd, '.git'), 'not a gitdir line\n')
    expect(gitStateFast(odd)).toBeUndefined()
  })
})
