// The guard's `if` conditions in the real Claude Code (docs/design.md §7.3): ordinary edits
// start no hook process; each shared file under the Claude home starts exactly one. Processes
// are counted by a `node` placed first on PATH that logs its arguments and execs the real
// node: every Baton hook starts through it, so without the `if` conditions every one of the
// hundred edits below would be logged.

import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {chain, say, whenToolBatches, type Script, type ToolStep} from './fake-api.js'
import {runClaude, type Sandbox} from './claude.js'
import {ROOT, TIMEOUT, useE2e} from './setup.js'

const {api, sandbox} = useE2e()

/** A `node` that logs each start of the guard, then runs the real node; returns the env and a counter. */
function countingNode(b: Sandbox): {env: Record<string, string>; guardRuns: () => string[]} {
  const bin = path.join(b.root, 'bin')
  const log = path.join(b.root, 'node-starts.log')
  fs.mkdirSync(bin)
  fs.writeFileSync(
    path.join(bin, 'node'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${process.execPath}' "$@"\n`,
    {mode: 0o755}
  )
  const guardRuns = (): string[] =>
    fs.existsSync(log)
      ? fs
          .readFileSync(log, 'utf8')
          .split('\n')
          .filter((l) => l.includes('pre-tool-use.cjs'))
      : []
  return {env: {PATH: `${bin}:${process.env.PATH ?? ''}`}, guardRuns}
}

const write = (file: string, content = 'x\n'): ToolStep => ({name: 'Write', input: {file_path: file, content}})

/** 100 ordinary edits: source files, and project files that share a name with a guarded one. */
function ordinary(project: string): ToolStep[][] {
  const lookalikes = [
    'CLAUDE.md',
    'settings.json',
    '.vscode/settings.json',
    'commands/build.md',
    'skills/intro.md',
    'agents/bot.ts',
    'memory/notes.md',
    'MEMORY.md',
    'docs/projects/memory.md',
    'src/claude/settings.json'
  ]
  const files = [...lookalikes, ...Array.from({length: 90}, (_, i) => `src/f${i}.ts`)]
  const steps = files.map((f) => write(path.join(project, f)))
  return [0, 25, 50, 75].map((i) => steps.slice(i, i + 25))
}

/** Runs `batches` in one session and returns the guard runs seen when each batch was asked for. */
async function session(
  b: Sandbox,
  batches: ToolStep[][],
  guardRuns: () => string[],
  env: Record<string, string>,
  configDir?: string
): Promise<number[]> {
  const seen: number[] = []
  const inner = whenToolBatches('edit them', batches, {then: () => `done ${seen.push(guardRuns().length)}`})
  const script: Script = (body, ctx) => {
    const r = inner(body, ctx)
    if (r && 'toolUses' in r) seen.push(guardRuns().length)
    return r
  }
  api.setScript(chain(script, say('ok')))
  const r = await runClaude({
    prompt: 'edit them',
    cwd: b.project,
    home: b.home,
    apiPort: api.port,
    pluginDir: ROOT,
    configDir,
    env,
    extraArgs: ['--allowedTools', 'Write']
  })
  expect(r.code, r.stderr).toBe(0)
  // Claude Code itself asks before writing its own config (`.claude/…`, `.vscode/…`): in `-p` that is a denial,
  // which comes after the PreToolUse hooks ran, so it does not change what is counted here.
  return seen
}

describe('the guard runs only for shared files under the Claude home', () => {
  test(
    '100 ordinary edits start no guard process; each shared file under ~/.claude starts exactly one',
    async () => {
      const b = sandbox()
      const {env, guardRuns} = countingNode(b)
      const home = path.join(b.home, '.claude')
      const memory = path.join(home, 'projects', b.project.replace(/[^a-zA-Z0-9]/g, '-'), 'memory')
      const shared = [
        path.join(home, 'settings.json'),
        path.join(home, 'CLAUDE.md'),
        path.join(memory, 'MEMORY.md'),
        path.join(memory, 'topic.md'),
        path.join(home, 'skills', 'review', 'SKILL.md'),
        path.join(home, 'agents', 'helper.md'),
        path.join(home, 'commands', 'ship.md')
      ]
      const batches = [...ordinary(b.project), shared.map((f) => write(f, f.endsWith('.json') ? '{}\n' : 'x\n'))]
      const seen = await session(b, batches, guardRuns, env)
      // seen[k]: guard runs when batch k was asked for, i.e. after batches 0..k-1 ran; the last after all.
      expect(seen).toEqual([0, 0, 0, 0, 0, shared.length])
      expect(guardRuns()).toHaveLength(shared.length)
      expect(fs.readdirSync(path.join(b.project, 'src')).filter((n) => n.endsWith('.ts'))).toHaveLength(90)
    },
    TIMEOUT
  )

  test(
    'with CLAUDE_CONFIG_DIR elsewhere, auto memory there still starts the guard; other shared files there do not',
    async () => {
      const b = sandbox()
      const {env, guardRuns} = countingNode(b)
      const memory = path.join(b.configDir, 'projects', 'p', 'memory')
      const batches = [
        [write(path.join(memory, 'MEMORY.md')), write(path.join(memory, 'topic.md'))],
        // The documented limit (docs/design.md §7.3): a home whose path has no `.claude…` folder.
        [write(path.join(b.configDir, 'CLAUDE.md')), write(path.join(b.configDir, 'skills', 's', 'SKILL.md'))]
      ]
      const seen = await session(b, batches, guardRuns, env, b.configDir)
      expect(seen).toEqual([0, 2, 2])
    },
    TIMEOUT
  )
})
