// What several benchmarks set up alike: a git project with one commit, and a
// handoff with the five sections as Baton writes it.
import {spawnSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'

/** Makes `project` a git repository with one commit (of `a.ts` when `withFile`); returns HEAD. */
export function gitProject(project, {withFile = false} = {}) {
  const git = (...a) => spawnSync('git', a, {cwd: project, encoding: 'utf8'}).stdout.trim()
  git('init', '-q')
  if (withFile) {
    writeFileSync(join(project, 'a.ts'), 'export const a = 1\n')
    git('add', '-A')
  }
  git('-c', 'user.email=b@b', '-c', 'user.name=b', 'commit', '-q', ...(withFile ? [] : ['--allow-empty']), '-m', 'init')
  return git('rev-parse', 'HEAD')
}

/** Handoff `i` of `project` at `head`, pending or (`consumed`) claimed by another session. */
export const benchNote = (i, consumed, project, head) =>
  `---\nbaton: 1\ncreated: '2026-11-${consumed ? '19' : '21'}T10:00:00.000Z'\nsession: s${i}\n` +
  `project: ${project}\nbranch: main\ncommit: ${head}\ndirty: 0\nhost: bench\n` +
  (consumed ? `consumed:\n  at: '2026-11-20T10:00:00.000Z'\n  by: x\n` : '') +
  `---\n\n## Session summary\nNote ${i}.\n\n## What changed\n- src/file${i}.ts\n\n` +
  '## What still needs work\n- more\n\n## Key decisions\n- none\n\n' +
  `## Active context\nctx ${i}\n`
