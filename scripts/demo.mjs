// Baton's main job on a throwaway directory: several real `baton` processes
// finish in the same second, then a new session resumes every note. For
// comparison, the same sessions also save to one shared handoff file.
import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

const SESSIONS = 6
const cli = resolve(import.meta.dirname, '..', 'dist', 'cli.js')
const root = mkdtempSync(join(tmpdir(), 'baton-demo-'))
const dir = join(root, 'handoffs')
const shared = join(root, 'context-handoff.md')
const env = {...process.env, HOME: root, CLAUDE_CONFIG_DIR: join(root, '.claude'), BATON_NOW: new Date().toISOString()}
delete env.BATON_HANDOFF_DIR
delete env.BATON_SESSION_ID

const run = (args, input) =>
  new Promise((done) => {
    const child = spawn(process.execPath, args, {env, cwd: root})
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('close', (code) => done({code, out, err}))
    child.stdin.end(input)
  })

const note = (i) =>
  `## Session summary\nSession ${i} fixed part ${i} of the parser.\n\n## What changed\n- src/part${i}.ts\n\n` +
  `## What still needs work\n- tests for part ${i}\n\n## Key decisions\n- kept the old API\n\n` +
  `## Active context\nnote-from-session-${i}\n`

console.log(`Baton demo in ${root}\n`)
console.log(
  `${SESSIONS} sessions end in the same second (clock pinned with BATON_NOW); ` +
    'each is a real process that saves its handoff.'
)
const [writes, naive] = await Promise.all([
  Promise.all(
    Array.from({length: SESSIONS}, (_, i) =>
      run([cli, 'handoff', 'write', '--slug', 'parser', '--dir', dir, '--session', `session-${i + 1}`], note(i + 1))
    )
  ),
  // The usual single shared file: every session rewrites it (also real processes).
  Promise.all(
    Array.from({length: SESSIONS}, (_, i) =>
      run(['-e', `require('fs').writeFileSync(${JSON.stringify(shared)}, require('fs').readFileSync(0))`], note(i + 1))
    )
  )
])
for (const [i, w] of writes.entries()) {
  if (w.code !== 0) {
    console.error(`session-${i + 1} failed: ${w.err}`)
    process.exit(1)
  }
  console.log(`  session-${i + 1} -> ${w.out.trim().slice(root.length + 1)}`)
}

console.log('\nA new session starts and resumes (baton handoff resume --all):\n')
const resume = await run([cli, 'handoff', 'resume', '--all', '--dir', dir, '--session', 'next'], '')
const lines = resume.out.split('\n')
console.log(
  lines
    .filter((l) => l.startsWith('<handoff') || l.startsWith('note-from'))
    .map((l) => `  ${l.length > 110 ? `${l.slice(0, 107)}...` : l}`)
    .join('\n')
)

const delivered = new Set(resume.out.match(/note-from-session-\d+/g) ?? []).size
const kept = new Set(readFileSync(shared, 'utf8').match(/note-from-session-\d+/g) ?? []).size
const left = readdirSync(dir).filter((n) => n.endsWith('.md'))
console.log(
  `\nBaton: ${delivered} of ${SESSIONS} notes delivered to the next session; ` +
    `${left.filter((n) => n.endsWith('_done.md')).length} files now marked _done.md.`
)
console.log(
  `One shared handoff file: ${kept} of ${SESSIONS} notes survived; ` +
    `the other ${SESSIONS - kept} were silently overwritten.`
)
if (!process.argv.includes('--keep')) rmSync(root, {recursive: true, force: true})

// Many sessions at a glance: registry, status board and shared-file guard.
console.log('\n--- baton status: four live sessions (one killed), their handoffs and MEMORY.md ---\n')
const board = spawnSync(process.execPath, [resolve(import.meta.dirname, 'status-demo.mjs')], {stdio: 'inherit'})
process.exitCode = delivered === SESSIONS && board.status === 0 ? 0 : 1
