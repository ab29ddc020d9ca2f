// The cost of redaction, as ratios measured in the same process, each run a
// fresh `node` process (like Claude Code runs them); medians are reported.
//   handoff write: `node dist/cli.js handoff write` of a 6 KB note with 6 fake
//                  credentials, redact on vs off (BATON_REDACT=0)
//   SessionEnd:    the autosave hook over a transcript of 200 tool calls
//                  (40 commands quoting fake credentials), redact on vs off,
//                  and vs bare `node -e 0`; its budget is 1.5 s
// The environment is clean: PATH and HOME only (no NODE_EXTRA_CA_CERTS, no NODE_OPTIONS).
// Usage: node bench/redact-cost.mjs [--runs 30]
import {spawnSync} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({options: {runs: {type: 'string', default: '30'}}})
const runs = Number(values.runs)
const root = resolve(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'baton-bench-redact-'))
const home = join(work, 'home')
mkdirSync(join(home, '.claude'), {recursive: true})
const env = (redact) => ({
  PATH: process.env.PATH,
  HOME: home,
  CLAUDE_CONFIG_DIR: join(home, '.claude'),
  CLAUDE_CODE_ENTRYPOINT: 'cli', // the terminal UI: headless sessions write no autosave
  BATON_REDACT: redact ? '1' : '0'
})
const rnd = (n) =>
  randomBytes(n)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, n) + '7aZ'
const secrets = () => [
  `export GITHUB_TOKEN=ghp_${rnd(33)}`,
  `DATABASE_URL=postgres://app:${rnd(16)}@db:5432/x`,
  `API_SECRET=${rnd(30)}`,
  `AWS_ACCESS_KEY_ID=AKIA${'ABCDEFGHIJKLMNOP'
    .split('')
    .sort(() => Math.random() - 0.5)
    .join('')}`,
  `PASSWORD=${rnd(20)}`,
  `slack xoxb-${rnd(40)}`
]
const prose = 'The resume path claims each pending note by rename, so two sessions never both get one. '
const noteText =
  `## Session summary\n${prose.repeat(20)}\n\n` +
  `## What changed\n${Array.from({length: 40}, (_, i) => `- src/module${i}.ts`).join('\n')}\n\n` +
  `## What still needs work\n${prose.repeat(10)}\n\n## Key decisions\n${prose.repeat(10)}\n\n` +
  `## Active context\n${secrets().join('\n')}\n`

const start = Date.now() - 600_000
const lines = []
for (let i = 0; i < 200; i++) {
  const timestamp = new Date(start + i * 1000).toISOString()
  const tool =
    i % 5 === 0
      ? {name: 'Bash', input: {command: `${secrets()[i % 6]} ./deploy.sh --step ${i}`}}
      : {name: 'Edit', input: {file_path: `/p/src/f${i}.ts`}}
  lines.push({
    type: 'assistant',
    timestamp,
    message: {role: 'assistant', content: [{type: 'tool_use', id: `t${i}`, ...tool}]}
  })
  // Its result: an edit counts only once it succeeded.
  lines.push({type: 'user', timestamp, message: {role: 'user', content: [{type: 'tool_result', tool_use_id: `t${i}`}]}})
  if (i % 50 === 0)
    lines.push({type: 'user', timestamp, message: {role: 'user', content: `next step, with ${secrets()[1]}`}})
}
const transcript = join(work, 'session.jsonl')
writeFileSync(transcript, lines.map((l) => JSON.stringify(l)).join('\n') + '\n')

const time = (args, input, e) => {
  const t = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, {env: e, cwd: home, input, encoding: 'utf8'})
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return ms
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const hookInput = (n) =>
  JSON.stringify({
    session_id: `bench-${n}`,
    transcript_path: transcript,
    cwd: home,
    hook_event_name: 'SessionEnd',
    reason: 'exit'
  })
const clear = () => rmSync(join(home, '.claude', 'handoffs'), {recursive: true, force: true})

const t = {bare: [], writeOn: [], writeOff: [], endOn: [], endOff: []}
for (let i = 0; i < runs; i++) {
  t.bare.push(time(['-e', '0'], '', env(true)))
  t.writeOff.push(time([join(root, 'dist/cli.js'), 'handoff', 'write', '--slug', 'b'], noteText, env(false)))
  t.writeOn.push(time([join(root, 'dist/cli.js'), 'handoff', 'write', '--slug', 'b'], noteText, env(true)))
  clear()
  t.endOff.push(time([join(root, 'dist/hooks/session-end.cjs')], hookInput(i), env(false)))
  clear()
  t.endOn.push(time([join(root, 'dist/hooks/session-end.cjs')], hookInput(i), env(true)))
  clear()
}
const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]))
const f = (x) => `${x.toFixed(1)} ms`
console.log(`runs: ${runs} (medians), node ${process.version}`)
console.log(`bare node -e 0:                 ${f(m.bare)}`)
console.log(
  `handoff write, redact off / on: ${f(m.writeOff)} / ${f(m.writeOn)}  ` +
    `ratio on/off ${(m.writeOn / m.writeOff).toFixed(2)}x`
)
console.log(
  `SessionEnd autosave, off / on:  ${f(m.endOff)} / ${f(m.endOn)}  ratio on/off ${(m.endOn / m.endOff).toFixed(2)}x, ` +
    `on/bare node ${(m.endOn / m.bare).toFixed(2)}x; slowest run ${f(Math.max(...t.endOn))} of a 1500 ms budget`
)
rmSync(work, {recursive: true, force: true})
