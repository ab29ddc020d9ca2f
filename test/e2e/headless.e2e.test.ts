// Headless sessions and /baton:handoff-resume after a delivering start, in the
// real Claude Code CLI against the fake Messages API. Each test gets its own HOME and project.

import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {lastPromptText, say, systemMessages} from './fake-api.js'
import {hookSystemMessages, runClaude, runClaudeSession, type Sandbox} from './claude.js'
import {baton, note, ROOT, TIMEOUT, useE2e} from './setup.js'

const e2e = useE2e()
const {api, sandbox} = e2e

const handoffs = (b: Sandbox): string[] => {
  const dir = path.join(b.home, '.claude', 'handoffs')
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .sort()
    : []
}

describe('headless sessions', () => {
  test(
    '`claude -p` leaves pending notes pending and says how many; with claimIn all it claims them',
    async () => {
      const b = sandbox()
      const first = baton(b, ['handoff', 'write', '--slug', 'for-a-person'], note('MARKER-HL-1'))
      const second = baton(b, ['handoff', 'write', '--slug', 'also-for-a-person'], note('MARKER-HL-2'))
      api.setScript(say('ok'))
      const r = await runClaude({
        prompt: 'summarise the repo',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        outputFormat: 'stream-json'
      })
      expect(r.code, r.stderr).toBe(0)
      const line = /^baton: 2 handoff\(s\) from other sessions are pending, left for an interactive session/
      // The model is told in one line; so is whoever reads the stream.
      const context = systemMessages(api.messages().at(-1)?.body).join('\n')
      expect(context).toMatch(/SessionStart hook additional context: baton: 2 handoff\(s\) from other sessions/)
      expect(context).toContain('(this one counts as headless: entrypoint sdk-cli)')
      expect(context).not.toContain('MARKER-HL-1')
      expect(hookSystemMessages(r.events, 'SessionStart')).toEqual([expect.stringMatching(line)])
      expect(fs.existsSync(first) && fs.existsSync(second)).toBe(true)

      api.setScript(say('ok'))
      const all = await runClaude({
        prompt: 'hi',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        env: {CLAUDE_PLUGIN_OPTION_CLAIMIN: 'all'}
      })
      expect(all.code, all.stderr).toBe(0)
      const body = JSON.stringify(api.messages().at(-1)?.body)
      expect(body).toContain('<handoffs count=\\"2\\"')
      expect(body).toContain('MARKER-HL-2')
      expect(handoffs(b)).toEqual([first, second].map((p) => path.basename(p).replace(/\.md$/, '_done.md')).sort())
    },
    TIMEOUT
  )
})

describe('/baton:handoff-resume after a delivering start', () => {
  test(
    'shows the notes this session got at start, marked already-received, with a note written since',
    async () => {
      const b = sandbox()
      baton(b, ['handoff', 'write', '--slug', 'at-start'], note('MARKER-RS-START'))
      api.setScript(say('ok'))
      // One session, two turns: the start delivers the first note; between the turns another
      // terminal writes a second; the second turn runs the command.
      const r = await runClaudeSession({
        prompts: ['hi', '/baton:handoff-resume'],
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        env: {CLAUDE_PLUGIN_OPTION_CLAIMIN: 'all'},
        onResult: (_, turn) => {
          if (turn === 0) baton(b, ['handoff', 'write', '--slug', 'late'], note('MARKER-RS-LATE'))
        }
      })
      expect(r.code, r.stderr).toBe(0)
      expect(r.results).toHaveLength(2)
      const prompt = lastPromptText(api.messages().at(-1)?.body)
      expect(prompt).toMatch(/<handoffs count="2" [^>]*already-received="1">/)
      const tag = (slug: string): string => new RegExp(`<handoff file="[^"]*_${slug}_done\\.md"[^>]*>`).exec(prompt)![0]
      expect(tag('at-start')).toMatch(/ already-received="\d{4}-[^"]+"/)
      expect(tag('late')).not.toContain('already-received')
      expect(prompt).toContain(`${tag('at-start')}\n## Session summary\nWorked on MARKER-RS-START`)
      expect(prompt).toContain(`${tag('late')}\n## Session summary\nWorked on MARKER-RS-LATE`)
      expect(prompt).toContain('brief on all of them')
      const session = r.results[0]!.session_id
      for (const name of handoffs(b)) {
        expect(name).toMatch(/_done\.md$/)
        const text = fs.readFileSync(path.join(b.home, '.claude', 'handoffs', name), 'utf8')
        expect(text).toContain(`by: '${session}'`)
      }
    },
    TIMEOUT
  )
})
