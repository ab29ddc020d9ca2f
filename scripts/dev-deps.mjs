// Installs Baton's development tools (esbuild, TypeScript, vitest, prettier, the
// bundled libraries, both pinned Claude Code versions) when they are missing.
//
// Baton needs nothing at runtime (dist/ is self-contained), and a plugin install
// must find nothing to install: the root package.json has no dependency list and
// the root has no lockfile, so Claude Code neither runs npm nor plans a download
// (docs/design.md, "Distribution"). The tools are declared in tools/package.json
// with their own lockfile, installed OUTSIDE the repository, in
// $BATON_DEV_TOOLS or ~/.cache/baton-dev/<hash of tools/package-lock.json>, and
// the repository's node_modules is a link to that folder's node_modules. A link
// that leaves the plugin's folder is never copied into a plugin cache (both
// Claude Code versions skip it), where a real node_modules folder would be.
//
// `npm test`, `npm run build`, `npm run typecheck` and `npm run setup` call this.
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {homedir} from 'node:os'
import {join, resolve} from 'node:path'

const root = resolve(import.meta.dirname, '..')
const tools = join(root, 'tools')
const lock = readFileSync(join(tools, 'package-lock.json'))
const key = createHash('sha256')
  .update(readFileSync(join(tools, 'package.json')))
  .update(lock)
  .digest('hex')
  .slice(0, 16)
const base = process.env.BATON_DEV_TOOLS || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'baton-dev')
const home = join(resolve(base), key)
const done = join(home, '.baton-installed')
const link = join(root, 'node_modules')

/** What stands at node_modules: 'none', 'link' (with its target) or 'folder'. */
function current() {
  try {
    const st = lstatSync(link)
    return st.isSymbolicLink() ? {kind: 'link', target: readlinkSync(link)} : {kind: 'folder'}
  } catch {
    return {kind: 'none'}
  }
}

const here = current()
for (const folder of [here.kind === 'folder' ? link : undefined, join(tools, 'node_modules')]) {
  if (folder === undefined || !existsSync(folder)) continue
  console.error(
    `baton: ${folder} is a folder. Development tools live outside the repository and node_modules is a link to ` +
      'them, because a directory-marketplace install copies every real folder of the plugin into the plugin cache. ' +
      `Remove it (rm -rf ${folder}) and run \`npm run setup\` again.`
  )
  process.exit(1)
}

if (!existsSync(done)) {
  // Installed beside the final folder and renamed into place, so that two runs at once
  // (or one killed half-way) never leave a folder that looks complete and is not.
  const staging = `${home}.partial-${process.pid}`
  console.error(`baton: installing development tools into ${home} (npm ci --include=dev)`)
  rmSync(staging, {recursive: true, force: true})
  mkdirSync(staging, {recursive: true})
  copyFileSync(join(tools, 'package.json'), join(staging, 'package.json'))
  copyFileSync(join(tools, 'package-lock.json'), join(staging, 'package-lock.json'))
  const r = spawnSync('npm', ['ci', '--include=dev', '--no-audit', '--no-fund'], {
    cwd: staging,
    stdio: ['ignore', 'inherit', 'inherit']
  })
  if (r.status !== 0) {
    rmSync(staging, {recursive: true, force: true})
    process.exit(r.status ?? 1)
  }
  writeFileSync(join(staging, '.baton-installed'), `${new Date().toISOString()}\n`)
  if (!existsSync(done)) rmSync(home, {recursive: true, force: true})
  try {
    renameSync(staging, home)
  } catch (error) {
    // Another run finished first: use its folder.
    if (!existsSync(done)) throw error
    rmSync(staging, {recursive: true, force: true})
  }
}

const target = join(home, 'node_modules')
if (here.kind !== 'link' || here.target !== target) {
  if (here.kind === 'link') rmSync(link)
  symlinkSync(target, link, 'dir')
}
