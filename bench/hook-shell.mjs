// What the shell of a hooks.json command costs. Claude Code (2.1.197 and 2.1.332; see
// docs/design.md §7.3) runs a `command` hook as `/bin/sh -c "<command>"`, whatever $SHELL says,
// with CLAUDE_PLUGIN_ROOT in the environment for the shell to expand; a hook with `args` (the
// exec form) it spawns directly, with no shell. This runs two cheap hooks (UserPromptSubmit,
// and PreToolUse on a project file) in a clean environment (`env -i PATH HOME`: no inherited
// NODE_OPTIONS or NODE_EXTRA_CA_CERTS), each way in turn, with bare `node -e 0` in the same
// rounds, and reports medians of wall time and of CPU time, and their ratios to `node -e 0`:
//   base     node -e 0
//   direct   node <hook>.cjs                        (the exec form: what Claude Code spawns for `args`)
//   hooks    the hooks.json entry as Claude Code runs it (a shell for `command`, none for `args`)
//   guarded  /bin/sh -c 'command -v node >/dev/null 2>&1 && exec node "<hook>"; exec /bin/sh run.sh <hook>'
//   exec     /bin/sh -c 'exec node "<hook>"'
//   fork     /bin/sh -c 'node "<hook>"'             (no exec: the shell waits for node)
//   sh       /bin/sh -c ':'                         (the shell alone; wall time only)
// CPU time comes from a preload that records getrusage at exit (the same preload in every
// variant, so it cancels out); CPU time survives execve, so a shell that execs node is
// counted with it, and on a loaded machine it is steadier than wall time.
// Usage: node bench/hook-shell.mjs [--runs 60]
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({options: {runs: {type: 'string', default: '60'}}})
const runs = Number(values.runs)
const root = resolve(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'baton-bench-'))
const home = join(work, 'home')
const project = join(work, 'project')
mkdirSync(join(home, '.claude'), {recursive: true})
mkdirSync(project, {recursive: true})
const cpuFile = join(work, 'cpu')
const preload = join(work, 'cpu.cjs')
writeFileSync(
  preload,
  "process.on('exit',()=>{const u=process.resourceUsage();" +
    "require('node:fs').writeFileSync(process.env.BENCH_CPU_FILE,String(u.userCPUTime+u.systemCPUTime))})"
)
const env = {
  PATH: process.env.PATH,
  HOME: home,
  CLAUDE_PROJECT_DIR: project,
  CLAUDE_PLUGIN_ROOT: root,
  NODE_OPTIONS: `--require=${preload}`,
  BENCH_CPU_FILE: cpuFile
}
const cpuOf = () => {
  try {
    return Number(readFileSync(cpuFile, 'utf8')) / 1000
  } finally {
    rmSync(cpuFile, {force: true})
  }
}
const hooksJson = JSON.parse(readFileSync(join(root, 'hooks', 'hooks.json'), 'utf8')).hooks

/** The hooks.json entry of `event` as Claude Code spawns it: [file, args]. */
function asClaudeCodeRunsIt(event) {
  const hook = hooksJson[event][0].hooks[0]
  if (!hook.args) return ['/bin/sh', ['-c', hook.command]]
  const sub = (s) => s.replaceAll('${CLAUDE_PLUGIN_ROOT}', root)
  return [sub(hook.command), hook.args.map(sub)]
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const report = {runs, env: 'env -i PATH HOME', sh: realpathSync('/bin/sh')}
const cases = {
  'user-prompt-submit': {event: 'UserPromptSubmit', input: {hook_event_name: 'UserPromptSubmit', prompt: 'hi'}},
  'pre-tool-use': {
    event: 'PreToolUse',
    input: {hook_event_name: 'PreToolUse', tool_name: 'Edit', tool_input: {file_path: join(project, 'src', 'a.ts')}}
  }
}
for (const [name, c] of Object.entries(cases)) {
  const file = join(root, 'dist', 'hooks', `${name}.cjs`)
  const hook = `"\${CLAUDE_PLUGIN_ROOT}/dist/hooks/${name}.cjs"`
  const stdin = JSON.stringify({session_id: 'bench-shell', cwd: project, ...c.input})
  const variants = {
    base: ['node', ['-e', '0'], ''],
    direct: ['node', [file], stdin],
    hooks: [...asClaudeCodeRunsIt(c.event), stdin],
    guarded: [
      '/bin/sh',
      [
        '-c',
        `command -v node >/dev/null 2>&1 && exec node ${hook}; ` +
          `exec /bin/sh "\${CLAUDE_PLUGIN_ROOT}/hooks/run.sh" ${name}`
      ],
      stdin
    ],
    exec: ['/bin/sh', ['-c', `exec node ${hook}`], stdin],
    fork: ['/bin/sh', ['-c', `node ${hook}`], stdin],
    sh: ['/bin/sh', ['-c', ':'], '']
  }
  const names = Object.keys(variants)
  const ms = Object.fromEntries(names.map((v) => [v, []]))
  const cpu = Object.fromEntries(names.map((v) => [v, []]))
  for (let i = 0; i < runs + 3; i++) {
    // Rotate the order each round so that no variant always runs first after a pause.
    for (const v of names.map((_, k) => names[(k + i) % names.length])) {
      const [cmd, args, input] = variants[v]
      const t = process.hrtime.bigint()
      const r = spawnSync(cmd, args, {env, cwd: project, input, encoding: 'utf8'})
      const took = Number(process.hrtime.bigint() - t) / 1e6
      if (r.status !== 0) throw new Error(`${name} ${v}: exited ${r.status}: ${r.stderr}`)
      if (v !== 'base' && v !== 'sh' && r.stdout.trim() !== '{}') throw new Error(`${name} ${v}: printed ${r.stdout}`)
      const used = v === 'sh' ? 0 : cpuOf()
      if (i < 3) continue // warm-up
      ms[v].push(took)
      cpu[v].push(used)
    }
  }
  const base = {ms: median(ms.base), cpu: median(cpu.base)}
  report[name] = Object.fromEntries(
    names.map((v) => [
      v,
      {
        ms: +median(ms[v]).toFixed(2),
        ratio: +(median(ms[v]) / base.ms).toFixed(3),
        ...(v === 'sh' ? {} : {cpu_ms: +median(cpu[v]).toFixed(2), cpu_ratio: +(median(cpu[v]) / base.cpu).toFixed(3)})
      }
    ])
  )
}
console.log(JSON.stringify(report, null, 2))
rmSync(work, {recursive: true, force: true})
