// Installs the development tools (esbuild, TypeScript, vitest, the bundled
// libraries) when they are missing. Baton needs nothing at runtime: dist/ is
// self-contained, and .npmrc says omit=dev so that the `npm ci` Claude Code
// runs in an installed plugin's folder installs nothing. `npm test`,
// `npm run build` and `npm run typecheck` call this first.
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {resolve} from 'node:path'

const root = resolve(import.meta.dirname, '..')
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'))
const missing = Object.keys(pkg.devDependencies ?? {}).filter(
  (name) => !existsSync(resolve(root, 'node_modules', name, 'package.json'))
)
if (missing.length > 0) {
  console.error(
    `baton: installing development tools (${missing.length} missing, e.g. ${missing.slice(0, 3).join(', ')}): ` +
      'npm ci --include=dev'
  )
  const r = spawnSync('npm', ['ci', '--include=dev', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit']
  })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
