// Sync across machines (design.md §14) in the real Claude Code: machine A writes a
// handoff and runs `baton sync`; a session on machine B (claimIn all) receives it at
// start, with B's claim pushed to the remote first. Two HOMEs, the project cloned at
// two paths with one origin, and a bare handoff remote on disk: no network.

import fs from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {describe, expect, test} from 'vitest'
import {say, systemMessages} from './fake-api.js'
import {hookResponses, runClaude, type Sandbox} from './claude.js'
import {baton as run, note, ROOT, TIMEOUT, useE2e} from './setup.js'

const e2e = useE2e('baton-e2e-sync-')
const {api, sandbox} = e2e

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {cwd, encoding: 'utf8'})
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
  return r.stdout
}

/** A real `baton` process on machine `m`, git reading no system config (as the sessions' hooks). */
const baton = (m: Sandbox, args: string[], input = ''): string => run(m, args, input, {GIT_CONFIG_NOSYSTEM: '1'})

describe('sync across machines', () => {
  test(
    "a note written and synced on machine A is delivered by B's session start, B's claim on the remote",
    async () => {
      const a = sandbox()
      const b = sandbox()
      // One project: both clones share an origin (the project's identity across paths).
      const origin = path.join(a.root, 'app.git')
      git(a.root, 'clone', '-q', '--bare', a.project, origin)
      for (const m of [a, b]) git(m.project, 'remote', 'add', 'origin', origin)
      const remote = path.join(a.root, 'handoffs.git')
      git(a.root, 'init', '-q', '--bare', '-b', 'main', remote)

      baton(a, ['sync', 'init', remote])
      baton(a, ['handoff', 'write', '--slug', 'from-a'], note('MARKER-SYNC-A'))
      expect(baton(a, ['sync'])).toContain('1 pushed')
      const tree = (): string[] => git(a.root, '--git-dir', remote, 'ls-tree', '-r', '--name-only', 'main').split('\n')
      const name = tree().find((p) => p.endsWith('_from-a.md'))!
      expect(name).toBeDefined()
      expect(baton(b, ['sync', 'init', remote])).toContain('1 received')

      api.setScript(say('ok'))
      const r = await runClaude({
        prompt: 'hi',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        outputFormat: 'stream-json',
        env: {CLAUDE_PLUGIN_OPTION_CLAIMIN: 'all'}
      })
      expect(r.code, r.stderr).toBe(0)
      const body = JSON.stringify(api.messages().at(-1)?.body)
      expect(body).toContain('MARKER-SYNC-A')
      expect(systemMessages(api.messages().at(-1)?.body).join('\n')).toContain('<handoffs count="1"')
      // Delivered only with B's claim on the remote.
      const machineB = fs.readFileSync(path.join(b.home, '.claude', 'baton', 'machine-id'), 'utf8').split(/\s/)[0]
      expect(tree()).toContain(`claims/${name}/${machineB}`)
      // Every hook that printed printed JSON, nothing else (Stop also starts the detached background sync).
      const responses = hookResponses(r.events).filter((h) => h.stdout.trim() !== '')
      expect(responses.map((h) => h.hookEvent)).toEqual(expect.arrayContaining(['SessionStart', 'Stop']))
      for (const h of responses) expect(h.output, `${h.hookName}: ${h.stdout}`).toBeDefined()
      // B's foreground sync waits for the background one; A then retires its copy: delivered once.
      baton(b, ['sync'])
      expect(JSON.parse(baton(a, ['sync', '--json'])).retired).toEqual([name])
      expect(JSON.parse(baton(a, ['handoff', 'resume', '--json'])).count).toBe(0)
    },
    TIMEOUT
  )
})
