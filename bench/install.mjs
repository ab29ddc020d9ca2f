// What a real plugin install costs, for each pinned Claude Code version (the floor,
// claude-code-floor, and the newest, @anthropic-ai/claude-code), from three sources made
// from this repository's HEAD: a directory marketplace (a clean clone), the same with
// node_modules linked to the dev tools (a clone where the tests ran), and a git
// marketplace served on 127.0.0.1 by `git http-backend`. Offline: the proxy variables point
// at a loopback server that refuses and counts every CONNECT; npm, npx and bun on PATH are
// stand-ins that log each call and then run the real tool (bun: fail).
// Prints one line per install: wall time of add + install, connection attempts, package
// manager calls, plugin cache size, node_modules folders in the cache, and the plugin
// root sessions use (the folder itself, or the cache).
// Usage: node bench/install.mjs [--versions floor,newest] [--sources directory,linked,git]
import {execFileSync, spawn} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync} from 'node:fs'
import {statSync, symlinkSync, writeFileSync} from 'node:fs'
import http from 'node:http'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {basename, dirname, join, resolve} from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({
  options: {
    versions: {type: 'string', default: 'floor,newest'},
    sources: {type: 'string', default: 'directory,linked,git'}
  }
})
const root = resolve(import.meta.dirname, '..')
const require = createRequire(join(root, 'package.json'))
const packages = {floor: 'claude-code-floor', newest: '@anthropic-ai/claude-code'}

function claudeBin(which) {
  const pkgJson = require.resolve(`${packages[which]}/package.json`)
  const pkg = JSON.parse(readFileSync(pkgJson, 'utf8'))
  return join(dirname(pkgJson), typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.claude)
}

/** A loopback server: counts CONNECTs (refused) and serves `bare` over git's smart HTTP. */
async function loopback(bare) {
  const seen = {connects: 0}
  const server = http.createServer((req, res) => {
    const [path, query = ''] = req.url.split('?')
    if (!bare || !path.startsWith(`/${basename(bare)}/`)) return void res.writeHead(404).end()
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: dirname(bare),
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: path,
        REQUEST_METHOD: req.method,
        QUERY_STRING: query,
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        GIT_PROTOCOL: req.headers['git-protocol'] ?? ''
      }
    })
    req.pipe(cgi.stdin)
    let head = Buffer.alloc(0)
    let started = false
    cgi.stdout.on('data', (d) => {
      if (started) return void res.write(d)
      head = Buffer.concat([head, d])
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) return
      started = true
      let status = 200
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const i = line.indexOf(':')
        if (line.slice(0, i).toLowerCase() === 'status') status = Number.parseInt(line.slice(i + 1), 10)
        else res.setHeader(line.slice(0, i), line.slice(i + 1).trim())
      }
      res.writeHead(status)
      res.write(head.subarray(end + 4))
    })
    cgi.stdout.on('end', () => res.end())
  })
  server.on('connect', (_req, socket) => {
    seen.connects++
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  return {port: server.address().port, seen, close: () => new Promise((r) => server.close(r))}
}

function survey(dir) {
  let bytes = 0
  let nodeModules = 0
  const walk = (d) => {
    for (const e of readdirSync(d, {withFileTypes: true})) {
      if (e.name === 'node_modules') nodeModules++
      if (e.isDirectory()) walk(join(d, e.name))
      else if (e.isFile()) bytes += statSync(join(d, e.name)).size
    }
  }
  if (existsSync(dir)) walk(dir)
  return {bytes, nodeModules}
}

function run(bin, args, env, cwd) {
  return new Promise((done) => {
    const started = Date.now()
    const child = spawn(bin, args, {cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true})
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 300_000)
    child.on('close', (code) => {
      clearTimeout(timer)
      done({code, out, ms: Date.now() - started})
    })
  })
}

async function measure(which, source, work) {
  const box = mkdtempSync(join(work, `${which}-${source}-`))
  const [home, config, shims] = ['home', 'config', 'shims'].map((d) => join(box, d))
  for (const d of [home, config, shims]) mkdirSync(d)
  const log = join(box, 'package-managers.log')
  for (const tool of ['npm', 'npx', 'bun']) {
    const real = tool === 'bun' ? '' : execFileSync('sh', ['-c', `command -v ${tool}`], {encoding: 'utf8'}).trim()
    const body = real ? `exec '${real}' "$@"` : 'exit 127'
    writeFileSync(join(shims, tool), `#!/bin/sh\necho "${tool} $*" >> '${log}'\n${body}\n`, {mode: 0o755})
  }
  let bare
  let where = join(box, 'baton')
  if (source === 'git') {
    bare = join(box, 'baton.git')
    execFileSync('git', ['clone', '-q', '--bare', root, bare])
  } else {
    execFileSync('git', ['clone', '-q', root, where])
    const tools = join(root, 'node_modules')
    if (source === 'linked' && existsSync(tools)) symlinkSync(realpathSync(tools), join(where, 'node_modules'))
  }
  const server = await loopback(bare)
  if (bare) where = `http://127.0.0.1:${server.port}/baton.git`
  const proxy = `http://127.0.0.1:${server.port}`
  const env = {
    PATH: `${shims}:${process.env.PATH}`,
    HOME: home,
    CLAUDE_CONFIG_DIR: config,
    LANG: 'C.UTF-8',
    TERM: 'dumb',
    DISABLE_TELEMETRY: '1',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
    DISABLE_ERROR_REPORTING: '1',
    CLAUDE_CODE_DISABLE_OFFICIAL_MARKETPLACE_AUTOINSTALL: '1',
    GIT_SSH_COMMAND: '/bin/false',
    GIT_CONFIG_NOSYSTEM: '1',
    HTTPS_PROXY: proxy,
    HTTP_PROXY: proxy,
    https_proxy: proxy,
    http_proxy: proxy,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost'
  }
  const bin = claudeBin(which)
  const add = await run(bin, ['plugin', 'marketplace', 'add', where], env, home)
  const install = await run(bin, ['plugin', 'install', 'baton@baton-marketplace'], env, home)
  await server.close()
  const cache = survey(join(config, 'plugins', 'cache'))
  const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : []
  const version = JSON.parse(readFileSync(require.resolve(`${packages[which]}/package.json`), 'utf8')).version
  const failed = add.code !== 0 || install.code !== 0 ? ` FAILED: ${(add.out + install.out).trim().slice(-300)}` : ''
  console.log(
    `${version.padEnd(8)} ${source.padEnd(9)} ${((add.ms + install.ms) / 1000).toFixed(1).padStart(5)} s` +
      `  connects ${String(server.seen.connects).padStart(5)}  package managers ${calls.length}` +
      `  cache ${(cache.bytes / 1048576).toFixed(1)} MB  node_modules ${cache.nodeModules}${failed}`
  )
  for (const call of calls) console.log(`         ${call.slice(0, 160)}`)
  rmSync(box, {recursive: true, force: true})
}

const work = mkdtempSync(join(tmpdir(), 'baton-bench-install-'))
console.log(`plugin install from ${root} (HEAD), offline; add + install wall time`)
try {
  for (const which of values.versions.split(',')) {
    for (const source of values.sources.split(',')) await measure(which, source, work)
  }
} finally {
  rmSync(work, {recursive: true, force: true})
}
