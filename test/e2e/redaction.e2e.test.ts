// Credentials in a real Claude Code session never reach the autosave: the fake
// model edits a file and runs commands quoting fake credentials of many kinds
// (made at test time), the prompt carries one more; the autosave that Stop
// writes holds none of them, each replaced by its kind. Offline, against the
// fake Messages API.

import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {chain, say, whenToolBatches} from './fake-api.js'
import {runClaude} from './claude.js'
import {ROOT, TIMEOUT, useE2e} from './setup.js'
import {corpus} from '../redact-corpus.ts'

const e2e = useE2e()
const {api, sandbox} = e2e

describe('redaction in a real session', () => {
  test(
    'the autosave of a session whose commands and prompt quote credentials holds none of them',
    async () => {
      const b = sandbox()
      // One line each, and at most 14 of them: the autosave keeps a session's last 15 commands.
      const lines = corpus().filter((f) => !f.line.includes('\n'))
      const [asked, ...rest] = lines.slice(-15)
      const quoted = rest.map((f) => ({
        name: 'Bash',
        input: {command: `cat > /dev/null <<'EOF'\n${f.line}\nEOF`, description: `quote ${f.kind}`}
      }))
      api.setScript(
        chain(
          whenToolBatches(
            'deploy it',
            [[{name: 'Write', input: {file_path: path.join(b.project, 'made.txt'), content: 'x\n'}}], quoted],
            {then: 'Deployed.'}
          ),
          say('ok')
        )
      )
      const r = await runClaude({
        prompt: `deploy it with ${asked!.line}`,
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        extraArgs: ['--permission-mode', 'acceptEdits', '--allowedTools', 'Bash'],
        env: {BATON_SAVE_IN: 'all'} // a headless run autosaves only under saveIn all
      })
      expect(r.code, r.stderr).toBe(0)
      expect(r.json?.permission_denials).toEqual([])
      const dir = path.join(b.home, '.claude', 'handoffs')
      const [name] = fs.readdirSync(dir).filter((n) => n.endsWith('_autosave.md'))
      const text = fs.readFileSync(path.join(dir, name!), 'utf8')
      expect(text).toContain('auto: true')
      const planted = [asked!, ...rest]
      expect(planted.filter((f) => text.includes(f.secret)).map((f) => f.kind)).toEqual([])
      for (const kind of new Set(planted.map((f) => f.kind))) expect(text).toContain(`[REDACTED:${kind}]`)
      expect(text).toMatch(new RegExp(`\\nredacted: ${planted.length}\\n`))
    },
    TIMEOUT
  )
})
