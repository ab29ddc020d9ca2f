// The shared-file guard and the session registry inside the real Claude Code
// CLI (issue 5), offline against the fake Messages API. The "other session" is
// a real long-lived process whose own hook process claimed the file.

import fs from 'node:fs'
import path from 'node:path'
import {spawn, type ChildProcess} from 'node:child_process'
import {describe, expect, test} from 'vitest'
import {chain, lastPromptText, say, whenTools} from './fake-api.js'
import {runClaude, type Sandbox} from './claude.js'
import {ROOT, TIMEOUT, useE2e} from './setup.js'

const e2e = useE2e()
const {api, sandbox} = e2e
const holders: ChildProcess[] = []
e2e.onCleanup(() => {
  for (const h of holders) h.kill('SIGKILL')
})

const sessionsDir = (b: Sandbox): string => path.join(b.home, '.claude', 'baton', 'sessions')
const memoryFile = (b: Sandbox): string =>
  path.join(b.home, '.claude', 'projects', b.project.replace(/[^a-zA-Z0-9]/g, '-'), 'memory', 'MEMORY.md')
const readEntries = (b: Sandbox): Array<Record<string, any>> =>
  fs.existsSync(sessionsDir(b))
    ? fs
        .readdirSync(sessionsDir(b))
        .filter((n) => n.endsWith('.json'))
        .map((n) => JSON.parse(fs.readFileSync(path.join(sessionsDir(b), n), 'utf8')))
    : []

/**
 * Starts "another session": a long-lived node process (standing in for a
 * Claude Code process) whose PreToolUse hook child edits and so claims `file`.
 */
async function otherSession(b: Sandbox, session: string, file: string, configDir?: string): Promise<ChildProcess> {
  const input = JSON.stringify({
    session_id: session,
    cwd: b.project,
    hook_event_name: 'PreToolUse',
    tool_name: 'Edit',
    tool_input: {file_path: file}
  })
  const script =
    "const r=require('node:child_process').spawnSync('sh'," +
    `[${JSON.stringify(path.join(ROOT, 'hooks', 'run.sh'))},'pre-tool-use'],` +
    `{input:${JSON.stringify(input)},encoding:'utf8'});` +
    "process.stdout.write(r.stdout+'\\n');setInterval(()=>{},1000)"
  const child = spawn(process.execPath, ['-e', script], {
    cwd: b.project,
    env: {PATH: process.env.PATH ?? '', HOME: b.home, ...(configDir ? {CLAUDE_CONFIG_DIR: configDir} : {})},
    stdio: ['ignore', 'pipe', 'inherit']
  })
  holders.push(child)
  const first = await new Promise<string>((resolve) => child.stdout!.once('data', (d) => resolve(String(d))))
  expect(first.trim()).toBe('{}') // granted: the claim is now this holder's
  return child
}

describe('the shared-file guard in a real session', () => {
  test(
    'denies a Write to a file another live session claimed, with a reason naming it and what to do',
    async () => {
      const b = sandbox()
      const file = memoryFile(b)
      fs.mkdirSync(path.dirname(file), {recursive: true})
      fs.writeFileSync(file, '- original line\n')
      const holder = await otherSession(b, 'other-session-77', file)
      let seen: {isError: boolean; text: string} | undefined
      api.setScript(
        chain(
          whenTools(
            'note this',
            [
              {name: 'Read', input: {file_path: file}},
              {name: 'Write', input: {file_path: file, content: '- clobbered\n'}}
            ],
            {
              then: (results) => {
                seen = results.at(-1)
                return 'Could not write.'
              }
            }
          ),
          say('ok')
        )
      )
      const r = await runClaude({
        prompt: 'note this in memory',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        extraArgs: ['--allowedTools', 'Read,Write']
      })
      expect(r.code, r.stderr).toBe(0)
      expect(fs.readFileSync(file, 'utf8')).toBe('- original line\n')
      expect(seen?.isError).toBe(true)
      expect(seen?.text).toContain('is claimed by another live Claude Code session, other-session-77')
      expect(seen?.text).toContain(`pid ${holder.pid}`)
      expect(seen?.text).toContain('baton index add')
      expect(seen?.text).toContain('baton memory ns')
      expect((r.json!.permission_denials ?? []).map((d) => d.tool_name)).toEqual(['Write'])
      // The holder still holds it; the denied session registered and, at SessionEnd, left.
      const entries = readEntries(b)
      expect(entries.map((e) => e.session)).toEqual(['other-session-77'])
      expect(entries[0]!.claims.map((c: {path: string}) => c.path)).toEqual([file])
    },
    TIMEOUT
  )

  test(
    'denies it too when CLAUDE_CONFIG_DIR is a folder elsewhere (the if condition on auto memory)',
    async () => {
      const b = sandbox()
      const file = path.join(b.configDir, 'projects', b.project.replace(/[^a-zA-Z0-9]/g, '-'), 'memory', 'MEMORY.md')
      fs.mkdirSync(path.dirname(file), {recursive: true})
      fs.writeFileSync(file, '- original line\n')
      await otherSession(b, 'other-session-78', file, b.configDir)
      let seen: {isError: boolean; text: string} | undefined
      api.setScript(
        chain(
          whenTools(
            'note this',
            [
              {name: 'Read', input: {file_path: file}},
              {name: 'Write', input: {file_path: file, content: '- clobbered\n'}}
            ],
            {
              then: (results) => {
                seen = results.at(-1)
                return 'Could not write.'
              }
            }
          ),
          say('ok')
        )
      )
      const r = await runClaude({
        prompt: 'note this in memory',
        cwd: b.project,
        home: b.home,
        configDir: b.configDir,
        apiPort: api.port,
        pluginDir: ROOT,
        extraArgs: ['--allowedTools', 'Read,Write']
      })
      expect(r.code, r.stderr).toBe(0)
      expect(fs.readFileSync(file, 'utf8')).toBe('- original line\n')
      expect(seen?.text).toContain('is claimed by another live Claude Code session, other-session-78')
      expect((r.json!.permission_denials ?? []).map((d) => d.tool_name)).toEqual(['Write'])
    },
    TIMEOUT
  )

  test(
    "lets the write through when the holder is gone, and the session holds the claim under Claude Code's pid until " +
      'it ends',
    async () => {
      const b = sandbox()
      const file = memoryFile(b)
      fs.mkdirSync(path.dirname(file), {recursive: true})
      fs.writeFileSync(file, '- original line\n')
      const holder = await otherSession(b, 'gone-session-12', file)
      holder.kill('SIGKILL')
      await new Promise((resolve) => holder.once('exit', resolve))
      let during: Array<Record<string, any>> = []
      const cmdlines = new Map<number, string>()
      api.setScript(
        chain(
          whenTools(
            'note this',
            [
              {name: 'Read', input: {file_path: file}},
              {name: 'Write', input: {file_path: file, content: '- new line\n'}}
            ],
            {
              then: () => {
                during = readEntries(b)
                for (const e of during)
                  cmdlines.set(
                    e.pid,
                    fs.existsSync(`/proc/${e.pid}/cmdline`) ? fs.readFileSync(`/proc/${e.pid}/cmdline`, 'utf8') : ''
                  )
                return 'Written.'
              }
            }
          ),
          say('ok')
        )
      )
      const r = await runClaude({
        prompt: 'note this in memory',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        extraArgs: ['--allowedTools', 'Read,Write']
      })
      expect(r.code, r.stderr).toBe(0)
      expect(fs.readFileSync(file, 'utf8')).toBe('- new line\n')
      const mine = during.find((e) => e.session === r.json!.session_id)
      expect(mine, JSON.stringify(during)).toBeDefined()
      expect(mine!.claims.map((c: {path: string}) => c.path)).toEqual([file])
      expect(mine!.project).toBe(b.project)
      expect(mine!.branch).toBe('main')
      // The recorded pid is the Claude Code process itself, not a shell between it and the hook.
      if (process.platform === 'linux') {
        expect(cmdlines.get(mine!.pid)).toMatch(/claude/)
        expect(cmdlines.get(mine!.pid)).not.toMatch(/run\.sh/)
      }
      // SessionEnd removed this session's entry; only the dead holder's is left, for status to prune.
      expect(readEntries(b).map((e) => e.session)).toEqual(['gone-session-12'])
    },
    TIMEOUT
  )
})

describe('/baton:handoff-status', () => {
  test(
    'shows the board inside a session, with this session on it',
    async () => {
      const b = sandbox()
      api.setScript(say('Here is the board.'))
      const before = api.messages().length
      const r = await runClaude({
        prompt: '/baton:handoff-status',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT
      })
      expect(r.code, r.stderr).toBe(0)
      const prompt = lastPromptText(api.messages()[before]?.body)
      expect(prompt).toContain('<command-name>/baton:handoff-status</command-name>')
      expect(prompt).toMatch(/Sessions: 1 live\n {2}SESSION +PROJECT +BRANCH +AGE +ACTIVE +CLAIMS\n {2}\S+ +\S+ +main /)
      expect(prompt).toContain(r.json!.session_id.slice(0, 8))
      expect(prompt).toContain('Handoffs in ~/.claude/handoffs')
      expect(prompt).not.toContain('\u001B[')
    },
    TIMEOUT
  )
})
