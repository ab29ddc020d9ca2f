'use strict'
// A hook's entry (design.md §7.5), written by scripts/build.mjs from this template: it runs the
// hook's bundle (<hook>.body.cjs) through V8's code cache, so that a hook process does not parse and
// compile the bundle and every function it calls again at each start (about a third of a
// SessionStart's own time). The cache is V8's serialized bytecode of the bundle, made by the
// first run after the run's work (so it holds the functions that run called) and kept in
// $CLAUDE_PLUGIN_DATA/code-cache (else $CLAUDE_HOME/baton/code-cache); its name carries the
// bundle's hash, the Node version and the architecture, and V8 itself refuses a cache made by
// another V8 or with other flags (then a new one is written). Only a regular file of this user,
// writable by nobody else, is read. Any failure here runs the bundle the plain way.
// BATON_CODE_CACHE=0 turns it off. Node 22's module.enableCompileCache() does the same for
// modules; this works on Node 20 as well.
const fs = require('node:fs')
const path = require('node:path')
const BODY = 'pre-compact.body.cjs'
const HASH = '0e0157365af33742'
const body = path.join(__dirname, BODY)

/** Where the cache lives, or undefined when it is turned off. */
function cacheDir(env) {
  if (env.BATON_CODE_CACHE === '0') return undefined
  if (env.CLAUDE_PLUGIN_DATA) return path.join(env.CLAUDE_PLUGIN_DATA, 'code-cache')
  const home = env.CLAUDE_CONFIG_DIR
    ? path.resolve(env.CLAUDE_CONFIG_DIR)
    : path.join(env.HOME || require('node:os').homedir(), '.claude')
  return path.join(home, 'baton', 'code-cache')
}

/** The cache's bytes when it is a regular file of this user that nobody else may write. */
function readCache(file) {
  try {
    const st = fs.lstatSync(file)
    const mine = typeof process.getuid !== 'function' || st.uid === process.getuid()
    return st.isFile() && mine && (st.mode & 0o022) === 0 ? fs.readFileSync(file) : undefined
  } catch {
    return undefined
  }
}

/** Writes the cache (temp file and rename: readers see a whole file or none) and drops older ones. */
function writeCache(dir, name, data) {
  try {
    fs.mkdirSync(dir, {recursive: true, mode: 0o700})
    const temp = path.join(dir, `.${name}.${process.pid}.tmp`)
    fs.writeFileSync(temp, data, {mode: 0o600})
    fs.renameSync(temp, path.join(dir, name))
    // Caches of earlier builds or Node versions, and temp files of killed writers.
    for (const old of fs.readdirSync(dir))
      if (old !== name && (old.startsWith(`${BODY}-`) || old.startsWith(`.${BODY}-`))) unlinkQuiet(path.join(dir, old))
  } catch {
    // No cache this time: the next run tries again.
  }
}

function unlinkQuiet(file) {
  try {
    fs.unlinkSync(file)
  } catch {
    // gone already
  }
}

function run() {
  const dir = cacheDir(process.env)
  if (!dir) return require(body)
  let script
  let cached
  const name = `${BODY}-${HASH}-${process.version}-${process.arch}.v8`
  try {
    const {Script} = require('node:vm')
    const {wrap} = require('node:module')
    cached = readCache(path.join(dir, name))
    script = new Script(wrap(fs.readFileSync(body, 'utf8')), {filename: body, cachedData: cached})
  } catch {
    return require(body)
  }
  if (!cached || script.cachedDataRejected) process.once('exit', () => writeCache(dir, name, script.createCachedData()))
  const mod = {exports: {}, filename: body, id: body}
  script
    .runInThisContext()
    .call(mod.exports, mod.exports, require('node:module').createRequire(body), mod, body, __dirname)
}

run()
