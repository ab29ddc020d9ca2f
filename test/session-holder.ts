/**
 * A stand-in for a Claude Code process in multi-process tests: a long-lived
 * node process that runs Baton hooks (`sh hooks/run.sh <name>`) as its own
 * children, one per stdin line, so each hook's parent is this process, as it
 * is Claude Code in real life. Kill it and its sessions' pid is gone.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {createInterface} from 'node:readline'
import {join} from 'node:path'
import {ROOT} from './helpers.ts'

const SCRIPT = `
const {spawnSync} = require('node:child_process')
const rl = require('node:readline').createInterface({input: process.stdin})
rl.on('line', (line) => {
  const {hook, input} = JSON.parse(line)
  const r = spawnSync('sh', [process.env.RUN_SH, hook], {input: JSON.stringify(input), encoding: 'utf8'})
  process.stdout.write(JSON.stringify({code: r.status, stdout: r.stdout, stderr: r.stderr}) + '\\n')
})
setInterval(() => {}, 1 << 30)
`

/** One hook run's result. */
export interface HookRun {
  code: number | null
  stdout: string
  stderr: string
  json: Record<string, any>
}

/** A running holder. */
export interface Holder {
  pid: number
  /** runs hook `hook` with `input` as this process's child */
  run(hook: string, input: Record<string, unknown>): Promise<HookRun>
  /** SIGKILLs the holder and waits for it to exit */
  kill(): Promise<void>
  child: ChildProcess
}

/** Starts a holder with `env` (passed on to its hooks) in `cwd`. */
export function startHolder(env: Record<string, string>, cwd: string): Holder {
  const child = spawn(process.execPath, ['-e', SCRIPT], {
    env: {...env, RUN_SH: join(ROOT, 'hooks', 'run.sh')},
    cwd,
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const waiting: ((line: string) => void)[] = []
  createInterface({input: child.stdout!}).on('line', (line) => waiting.shift()?.(line))
  return {
    pid: child.pid!,
    child,
    run(hook, input) {
      return new Promise((resolve) => {
        waiting.push((line) => {
          const r = JSON.parse(line) as Omit<HookRun, 'json'>
          resolve({...r, json: JSON.parse(r.stdout || 'null')})
        })
        child.stdin!.write(`${JSON.stringify({hook, input})}\n`)
      })
    },
    kill() {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGKILL')
      })
    }
  }
}
