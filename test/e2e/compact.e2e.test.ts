// Notes survive a compaction, in the real Claude Code CLI against the fake Messages API:
// after `/compact`, the request that follows carries the gists of the notes the session
// received at start, marked already-received; nothing is claimed twice, and the pending
// line counts only other sessions' notes.

import fs from 'node:fs'
import path from 'node:path'
import {randomUUID} from 'node:crypto'
import {describe, expect, test} from 'vitest'
import {messagesText, say} from './fake-api.js'
import {runClaude} from './claude.js'
import {baton, note, ROOT, TIMEOUT, useE2e} from './setup.js'

const {api, sandbox} = useE2e()

describe('compaction', () => {
  test(
    'the request after /compact carries the gists of the notes received at start',
    async () => {
      const b = sandbox()
      baton(b, ['handoff', 'write', '--slug', 'received'], note('MARKER-CP-1'))
      const session = randomUUID()
      const run = (prompt: string, args: string[]) =>
        runClaude({
          prompt,
          cwd: b.project,
          home: b.home,
          apiPort: api.port,
          pluginDir: ROOT,
          extraArgs: args,
          env: {CLAUDE_PLUGIN_OPTION_CLAIMIN: 'all'}
        })
      api.setScript(say('ok'))
      const first = await run('hi', ['--session-id', session])
      expect(first.code, first.stderr).toBe(0)
      expect(messagesText(api.messages().at(-1)?.body)).toContain('Worked on MARKER-CP-1.')
      // 2.1.197 compacts only a conversation of more than one exchange.
      expect((await run('and then?', ['--resume', session])).code).toBe(0)
      // Pending afterwards: another session's note.
      baton(b, ['handoff', 'write', '--slug', 'other'], note('MARKER-CP-OTHER'), {BATON_SESSION_ID: 'other'})
      const dir = path.join(b.home, '.claude', 'handoffs')
      const before = fs.readdirSync(dir).sort()

      api.setScript(say('Summary of the conversation: we said hi.'))
      const compact = await run('/compact', ['--resume', session])
      expect(compact.code, compact.stderr).toBe(0)
      api.setScript(say('ok'))
      const after = await run('what next?', ['--resume', session])
      expect(after.code, after.stderr).toBe(0)
      const text = messagesText(api.messages().at(-1)?.body)
      expect(text).toContain('Worked on MARKER-CP-1.')
      expect(text).toMatch(/<handoff [^>]*already-received="[^"]+"[^>]*gist="true">/)
      expect(text).toContain('baton: 1 handoff(s) from other sessions are pending')
      expect(text).not.toContain('MARKER-CP-OTHER')
      expect(fs.readdirSync(dir).sort()).toEqual(before) // nothing claimed again
    },
    TIMEOUT * 3
  )
})
